package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.airbytekit.client.ApiMoshi;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.client.publicapi.model.ConnectionScheduleResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.ConnectionsResponse;
import io.github.airbytekit.client.publicapi.model.DestinationResponse;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeEnum;
import io.github.airbytekit.client.publicapi.model.SourceResponse;
import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The public API operations this module uses, through the generated Retrofit services; results are
 * mapped into {@link Dto} views so nothing generated travels further than this class.
 */
public final class PublicApi {
  private static final JsonAdapter<StreamConfiguration> STREAM = ApiMoshi.moshi().adapter(StreamConfiguration.class);

  private final PublicApiServices services;

  /** Binds the generated services to {@code root}, sending every call through {@code client}. */
  public PublicApi(String root, OkHttpClient client) {
    this.services = PublicApiServices.create(root, client);
  }

  /** A patch body: only the fields the caller sets are sent. */
  public static final class ConnectionPatch {
    final ConnectionPatchRequest request = new ConnectionPatchRequest();

    /** Sets the new name. */
    public ConnectionPatch name(String name) {
      request.name(name);
      return this;
    }

    /** Sets the table prefix ({@code ""} clears it). */
    public ConnectionPatch prefix(String prefix) {
      request.prefix(prefix);
      return this;
    }

    /** Sets the status wire value ({@code active} or {@code inactive}). */
    public ConnectionPatch status(String status) {
      request.status(ConnectionStatusEnum.of(status));
      return this;
    }

    /** Sets the schedule type and, for {@code cron}, its expression. */
    public ConnectionPatch schedule(String scheduleType, @Nullable String cronExpression) {
      request.schedule(
          new ConnectionSchedule().scheduleType(ScheduleTypeEnum.of(scheduleType)).cronExpression(cronExpression));
      return this;
    }

    /** Sets the selected streams, each a stream configuration as JSON. */
    public ConnectionPatch streams(List<RawJson> streams) {
      List<StreamConfiguration> configurations = new ArrayList<>();
      for (RawJson stream : streams) {
        configurations.add(fromRaw(stream));
      }
      request.configurations(new StreamConfigurations().streams(configurations));
      return this;
    }
  }

  /** The name and namespace of one verbatim stream configuration. */
  public Dto.StreamName streamName(RawJson configuration) {
    StreamConfiguration parsed = fromRaw(configuration);
    Dto.StreamName name = new Dto.StreamName();
    name.name = parsed.getName();
    name.namespace = parsed.getNamespace();
    return name;
  }

  /** A new stream configuration naming only the stream (Airbyte applies its defaults). */
  public static RawJson newStreamConfiguration(String name, @Nullable String namespace) {
    return toRaw(StreamConfiguration.of(name, namespace == null || namespace.isEmpty() ? null : namespace));
  }

  /** {@code GET /connections/{id}}. */
  public Dto.Connection getConnection(String connectionId) {
    return connection(Calls.body(services.connections().getConnection(Calls.uuid("connectionId", connectionId))));
  }

  /** {@code PATCH /connections/{id}} with only the fields set on {@code patch}. */
  public Dto.Connection patchConnection(String connectionId, ConnectionPatch patch) {
    return connection(Calls.body(
        services.connections().patchConnection(Calls.uuid("connectionId", connectionId), patch.request)));
  }

  /** {@code GET /connections} of one workspace, deleted ones excluded. */
  public Dto.ConnectionsPage listConnections(String workspaceId, int limit, int offset) {
    ConnectionsResponse response = Calls.body(services.connections()
        .listConnections(List.of(Calls.uuid("workspaceId", workspaceId)), null, false, limit, offset));
    Dto.ConnectionsPage page = new Dto.ConnectionsPage();
    page.next = response.getNext();
    page.data = new ArrayList<>();
    for (ConnectionResponse connection : response.getData()) {
      page.data.add(connection(connection));
    }
    return page;
  }

  /** {@code DELETE /connections/{id}}. */
  public void deleteConnection(String connectionId) {
    Calls.noContent(services.connections().deleteConnection(Calls.uuid("connectionId", connectionId)));
  }

  /** {@code POST /jobs}: not idempotent, never retried by the transport. */
  public Dto.Job createJob(String connectionId, String jobType) {
    return job(Calls.body(services.jobs().createJob(
        new JobCreateRequest().connectionId(Calls.uuid("connectionId", connectionId))
            .jobType(JobTypeEnum.of(jobType)))));
  }

  /** {@code GET /jobs/{id}}. */
  public Dto.Job getJob(long jobId) {
    return job(Calls.body(services.jobs().getJob(jobId)));
  }

  /** {@code DELETE /jobs/{id}}: cancels the job. */
  public Dto.Job cancelJob(long jobId) {
    return job(Calls.body(services.jobs().cancelJob(jobId)));
  }

  /** {@code GET /jobs} of one connection, one page by offset. */
  public Dto.JobsPage listJobs(
      String workspaceId, String connectionId, int limit, int offset, String orderBy, @Nullable String jobType) {
    JobsResponse response = Calls.body(services.jobs().listJobs(Calls.uuid("connectionId", connectionId), limit,
        offset, jobType == null ? null : JobTypeEnum.of(jobType),
        List.of(Calls.uuid("workspaceId", workspaceId)), null, null, null, null, null, orderBy));
    Dto.JobsPage page = new Dto.JobsPage();
    page.next = response.getNext();
    page.data = new ArrayList<>();
    for (JobResponse job : response.getData()) {
      page.data.add(job(job));
    }
    return page;
  }

  /** {@code GET /sources/{id}} (configuration not kept). */
  public Dto.Connector getSource(String sourceId) {
    SourceResponse source = Calls.body(services.sources().getSource(Calls.uuid("sourceId", sourceId), null));
    Dto.Connector connector = new Dto.Connector();
    connector.sourceId = source.getSourceId().toString();
    connector.name = source.getName();
    connector.sourceType = source.getSourceType();
    connector.definitionId = source.getDefinitionId().toString();
    connector.workspaceId = source.getWorkspaceId().toString();
    return connector;
  }

  /** {@code GET /destinations/{id}} (configuration not kept). */
  public Dto.Connector getDestination(String destinationId) {
    DestinationResponse destination = Calls.body(
        services.destinations().getDestination(Calls.uuid("destinationId", destinationId), null));
    Dto.Connector connector = new Dto.Connector();
    connector.destinationId = destination.getDestinationId().toString();
    connector.name = destination.getName();
    connector.destinationType = destination.getDestinationType();
    connector.definitionId = destination.getDefinitionId().toString();
    connector.workspaceId = destination.getWorkspaceId().toString();
    return connector;
  }

  /** {@code DELETE /sources/{id}}. */
  public void deleteSource(String sourceId) {
    Calls.noContent(services.sources().deleteSource(Calls.uuid("sourceId", sourceId)));
  }

  /** {@code DELETE /destinations/{id}}. */
  public void deleteDestination(String destinationId) {
    Calls.noContent(services.destinations().deleteDestination(Calls.uuid("destinationId", destinationId)));
  }

  private static Dto.Connection connection(ConnectionResponse response) {
    Dto.Connection connection = new Dto.Connection();
    connection.connectionId = response.getConnectionId().toString();
    connection.name = response.getName();
    connection.sourceId = string(response.getSourceId());
    connection.destinationId = string(response.getDestinationId());
    connection.workspaceId = string(response.getWorkspaceId());
    connection.status = OpenValue.wireValueOf(response.getStatus());
    connection.prefix = response.getPrefix();
    StreamConfigurations configurations = response.getConfigurations();
    if (configurations != null && configurations.getStreams() != null) {
      connection.configurations = new Dto.Configurations();
      connection.configurations.streams = new ArrayList<>();
      for (StreamConfiguration stream : configurations.getStreams()) {
        connection.configurations.streams.add(toRaw(stream));
      }
    }
    ConnectionScheduleResponse schedule = response.getSchedule();
    if (schedule != null) {
      connection.schedule = new Dto.Schedule();
      connection.schedule.scheduleType = OpenValue.wireValueOf(schedule.getScheduleType());
      connection.schedule.cronExpression = schedule.getCronExpression();
      connection.schedule.basicTiming = schedule.getBasicTiming();
    }
    return connection;
  }

  private static Dto.Job job(JobResponse response) {
    Dto.Job job = new Dto.Job();
    job.jobId = response.getJobId();
    job.status = OpenValue.wireValueOf(response.getStatus());
    job.jobType = OpenValue.wireValueOf(response.getJobType());
    job.startTime = response.getStartTime();
    job.connectionId = string(response.getConnectionId());
    job.lastUpdatedAt = response.getLastUpdatedAt();
    job.duration = response.getDuration();
    job.bytesSynced = response.getBytesSynced();
    job.rowsSynced = response.getRowsSynced();
    return job;
  }

  private static @Nullable String string(@Nullable UUID id) {
    return id == null ? null : id.toString();
  }

  private static RawJson toRaw(StreamConfiguration configuration) {
    return RawJson.of(STREAM.toJson(configuration));
  }

  private static StreamConfiguration fromRaw(RawJson raw) {
    try {
      StreamConfiguration parsed = STREAM.fromJson(raw.toJson());
      if (parsed == null) {
        throw new AirbyteDataException("a stream configuration must be an object", "$");
      }
      return parsed;
    } catch (IOException e) {
      throw new AirbyteDataException("invalid stream configuration: " + e.getMessage(), "$", e);
    }
  }

}
