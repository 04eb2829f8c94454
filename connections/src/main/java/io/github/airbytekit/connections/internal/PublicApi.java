package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The public API operations this module uses, relative to the public API root. */
public final class PublicApi {
  private final Http http;
  private final HttpUrl root;

  public PublicApi(Http http, String root) {
    this.http = http;
    this.root = HttpUrl.get(root);
  }

  private HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder builder = root.newBuilder();
    for (String segment : segments) {
      builder.addPathSegment(segment);
    }
    return builder;
  }

  /** The name and namespace of one verbatim stream configuration. */
  public Dto.StreamName streamName(RawJson configuration) {
    try {
      Dto.StreamName name = http.moshi().adapter(Dto.StreamName.class).fromJson(configuration.toJson());
      return name == null ? new Dto.StreamName() : name;
    } catch (IOException | RuntimeException e) {
      return new Dto.StreamName();
    }
  }

  /** A new stream configuration naming only the stream (Airbyte applies its defaults). */
  public static RawJson newStreamConfiguration(String name, @Nullable String namespace) {
    okio.Buffer buffer = new okio.Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.beginObject().name("name").value(name);
      if (namespace != null && !namespace.isEmpty()) {
        w.name("namespace").value(namespace);
      }
      w.endObject();
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return RawJson.of(buffer.readUtf8());
  }

  public Dto.Connection getConnection(String connectionId) {
    return http.call("GET", url("connections", connectionId).build(), null, Dto.Connection.class);
  }

  /** A patch body: only the fields the caller sets are sent. */
  public static final class ConnectionPatch {
    @Nullable String name;
    @Nullable String prefix;
    @Nullable String status;
    @Nullable String scheduleType;
    @Nullable String cronExpression;
    @Nullable List<RawJson> streams;

    public ConnectionPatch name(String name) {
      this.name = name;
      return this;
    }

    public ConnectionPatch prefix(String prefix) {
      this.prefix = prefix;
      return this;
    }

    public ConnectionPatch status(String status) {
      this.status = status;
      return this;
    }

    public ConnectionPatch schedule(String scheduleType, @Nullable String cronExpression) {
      this.scheduleType = scheduleType;
      this.cronExpression = cronExpression;
      return this;
    }

    public ConnectionPatch streams(List<RawJson> streams) {
      this.streams = streams;
      return this;
    }
  }

  public Dto.Connection patchConnection(String connectionId, ConnectionPatch patch) {
    return http.call("PATCH", url("connections", connectionId).build(), w -> writePatch(w, patch),
        Dto.Connection.class);
  }

  private void writePatch(JsonWriter w, ConnectionPatch patch) throws IOException {
    w.beginObject();
    if (patch.name != null) {
      w.name("name").value(patch.name);
    }
    if (patch.prefix != null) {
      w.name("prefix").value(patch.prefix);
    }
    if (patch.status != null) {
      w.name("status").value(patch.status);
    }
    if (patch.scheduleType != null) {
      w.name("schedule").beginObject().name("scheduleType").value(patch.scheduleType);
      if (patch.cronExpression != null) {
        w.name("cronExpression").value(patch.cronExpression);
      }
      w.endObject();
    }
    if (patch.streams != null) {
      w.name("configurations").beginObject().name("streams").beginArray();
      for (RawJson stream : patch.streams) {
        http.writeValue(w, RawJson.class, stream);
      }
      w.endArray().endObject();
    }
    w.endObject();
  }

  public Dto.ConnectionsPage listConnections(String workspaceId, int limit, int offset) {
    HttpUrl url = url("connections")
        .addQueryParameter("workspaceIds", workspaceId)
        .addQueryParameter("includeDeleted", "false")
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("offset", Integer.toString(offset))
        .build();
    return http.call("GET", url, null, Dto.ConnectionsPage.class);
  }

  public void deleteConnection(String connectionId) {
    http.callNoContent("DELETE", url("connections", connectionId).build(), null);
  }

  public Dto.Job createJob(String connectionId, String jobType) {
    return http.call("POST", url("jobs").build(),
        w -> w.beginObject().name("connectionId").value(connectionId).name("jobType").value(jobType).endObject(),
        Dto.Job.class);
  }

  public Dto.Job getJob(long jobId) {
    return http.call("GET", url("jobs", Long.toString(jobId)).build(), null, Dto.Job.class);
  }

  public Dto.Job cancelJob(long jobId) {
    return http.call("DELETE", url("jobs", Long.toString(jobId)).build(), null, Dto.Job.class);
  }

  public Dto.JobsPage listJobs(
      String workspaceId, String connectionId, int limit, int offset, String orderBy, @Nullable String jobType) {
    HttpUrl.Builder url = url("jobs")
        .addQueryParameter("workspaceIds", workspaceId)
        .addQueryParameter("connectionId", connectionId)
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("offset", Integer.toString(offset))
        .addQueryParameter("orderBy", orderBy);
    if (jobType != null) {
      url.addQueryParameter("jobType", jobType);
    }
    return http.call("GET", url.build(), null, Dto.JobsPage.class);
  }

  public Dto.Connector getSource(String sourceId) {
    return http.call("GET", url("sources", sourceId).build(), null, Dto.Connector.class);
  }

  public Dto.Connector getDestination(String destinationId) {
    return http.call("GET", url("destinations", destinationId).build(), null, Dto.Connector.class);
  }

  public void deleteSource(String sourceId) {
    http.callNoContent("DELETE", url("sources", sourceId).build(), null);
  }

  public void deleteDestination(String destinationId) {
    http.callNoContent("DELETE", url("destinations", destinationId).build(), null);
  }
}
