package io.github.airbytekit.testkit;

import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.internal.ConnectorDefinitions;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Fluent seeding of the fake's store. Objects go into the workspace named last in the chain (the
 * default workspace at first); a connection uses the source and destination seeded last unless it
 * names others. Ids must be UUIDs, as on Airbyte.
 *
 * <pre>{@code
 * server.seed()
 *     .workspace("7c6d0a4e-5c1f-4a8e-9d1e-2f3a4b5c6d7e", "Analytics")
 *     .source("95e66a59-8045-4307-9678-63bc3c9b8c93", "Shop Postgres", "postgres")
 *     .destination("e478de0d-a3a0-475c-b019-25f7dd29e281", "Warehouse", "bigquery")
 *     .connection("9924bcd0-99be-453d-ba47-c2c9766f7da5", c -> c.name("shop → warehouse").cron("0 0 * * * ?"));
 * }</pre>
 */
public final class Seeder {
  private final FakeStore store;
  private String workspaceId = FakeAirbyteServer.DEFAULT_WORKSPACE_ID;
  private @Nullable String lastSourceId;
  private @Nullable String lastDestinationId;

  Seeder(FakeStore store) {
    this.store = store;
  }

  /**
   * Creates (or renames) a workspace and seeds into it from now on.
   *
   * @param workspaceId the workspace's id
   * @param name the name
   * @return this
   */
  public Seeder workspace(String workspaceId, String name) {
    workspaceId = checkUuid(workspaceId, "workspaceId");
    Objects.requireNonNull(name, "name == null");
    synchronized (store) {
      Records.Workspace workspace = store.workspaces.get(workspaceId);
      if (workspace == null) {
        store.workspaces.put(workspaceId, new Records.Workspace(workspaceId, name));
      } else {
        workspace.name = name;
      }
    }
    this.workspaceId = workspaceId;
    return this;
  }

  /**
   * Seeds a source with an empty configuration.
   *
   * @param sourceId the source's id
   * @param name the name
   * @param sourceType the connector type, e.g. {@code postgres}
   * @return this
   */
  public Seeder source(String sourceId, String name, String sourceType) {
    return source(sourceId, name, sourceType, RawJson.of("{}"));
  }

  /**
   * Seeds a source; {@code configuration} is stored verbatim and served with the values of secret-looking
   * properties ({@code password}, {@code *_secret}, {@code *token*}, {@code api_key}, {@code credentials*}, …)
   * masked as {@code "**********"}, as Airbyte masks a connector's secrets.
   *
   * @param sourceId the source's id
   * @param name the name
   * @param sourceType the connector type, e.g. {@code postgres}
   * @param configuration the connector configuration, stored verbatim
   * @return this
   */
  public Seeder source(String sourceId, String name, String sourceType, RawJson configuration) {
    sourceId = checkUuid(sourceId, "sourceId");
    synchronized (store) {
      store.sources.put(sourceId, actor("source", sourceId, name, sourceType, configuration));
    }
    lastSourceId = sourceId;
    return this;
  }

  /**
   * Seeds a destination with an empty configuration.
   *
   * @param destinationId the destination's id
   * @param name the name
   * @param destinationType the connector type, e.g. {@code bigquery}
   * @return this
   */
  public Seeder destination(String destinationId, String name, String destinationType) {
    return destination(destinationId, name, destinationType, RawJson.of("{}"));
  }

  /**
   * Seeds a destination; {@code configuration} is stored verbatim and served with its secrets masked, as for
   * {@link #source(String, String, String, RawJson) sources}.
   *
   * @param destinationId the destination's id
   * @param name the name
   * @param destinationType the connector type, e.g. {@code bigquery}
   * @param configuration the connector configuration, stored verbatim
   * @return this
   */
  public Seeder destination(
      String destinationId, String name, String destinationType, RawJson configuration) {
    destinationId = checkUuid(destinationId, "destinationId");
    synchronized (store) {
      store.destinations.put(destinationId, actor("destination", destinationId, name, destinationType, configuration));
    }
    lastDestinationId = destinationId;
    return this;
  }

  /**
   * Sets what discovering a seeded source answers: {@code POST /connections} for that source accepts exactly these
   * streams and copies their schemas, as Airbyte does with a source's discovered catalog. Without it the fake
   * discovers the streams of the source's seeded connections.
   *
   * @param sourceId the source's id
   * @param catalog the discovered catalog (Config API form; stream configs are ignored)
   * @throws IllegalArgumentException if no such source is seeded
   * @return this
   */
  public Seeder discoveredCatalog(String sourceId, SyncCatalog catalog) {
    String id = checkUuid(sourceId, "sourceId");
    Objects.requireNonNull(catalog, "catalog == null");
    synchronized (store) {
      Records.Actor source = store.sources.get(id);
      if (source == null) {
        throw new IllegalArgumentException("no source " + sourceId + " seeded");
      }
      source.discoveredCatalog = catalog;
    }
    return this;
  }

  private Records.Actor actor(String kind, String id, String name, String type, RawJson configuration) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(configuration, "configuration == null");
    if (!configuration.isObject()) {
      throw new IllegalArgumentException("configuration must be a JSON object");
    }
    return new Records.Actor(
        id, workspaceId, name, type, ConnectorDefinitions.id(kind, type), configuration, store.now());
  }

  /**
   * Seeds a connection with default settings.
   *
   * @param connectionId the connection's id
   * @return this
   */
  public Seeder connection(String connectionId) {
    return connection(connectionId, c -> {});
  }

  /**
   * Seeds (or replaces) a connection configured by {@code spec}.
   *
   * @param connectionId the connection's id
   * @param spec configures the connection
   * @throws IllegalArgumentException if an id is not a UUID, the cron schedule is refused, the
   *     state names another connection, or a named source or destination does not exist
   * @return this
   */
  public Seeder connection(String connectionId, Consumer<ConnectionSeed> spec) {
    connectionId = checkUuid(connectionId, "connectionId");
    ConnectionSeed seed = new ConnectionSeed();
    spec.accept(seed);
    synchronized (store) {
      String sourceId = end(seed.sourceId, lastSourceId, store.sources, "source", "Sample Data (Faker)", "faker",
          RawJson.of("{\"count\":1000}"));
      String destinationId =
          end(seed.destinationId, lastDestinationId, store.destinations, "destination", "Local JSON", "local-json",
              RawJson.of("{}"));
      // A generated default becomes the chain's last one; naming another does not change which is last.
      lastSourceId = seed.sourceId == null ? sourceId : lastSourceId;
      lastDestinationId = seed.destinationId == null ? destinationId : lastDestinationId;
      store.connections.put(
          connectionId, SeededConnection.row(seed, connectionId, workspaceId, sourceId, destinationId, store));
    }
    return this;
  }

  /** The source or destination a connection uses: the one named, else the last seeded, else a new default one. */
  private String end(
      @Nullable String requested,
      @Nullable String last,
      Map<String, Records.Actor> actors,
      String what,
      String defaultName,
      String defaultType,
      RawJson defaultConfiguration) {
    String id = requested != null ? checkUuid(requested, what + "Id") : last;
    if (id == null) {
      id = UUID.randomUUID().toString();
      actors.put(id, actor(what, id, defaultName, defaultType, defaultConfiguration));
    } else if (!actors.containsKey(id)) {
      throw new IllegalArgumentException("no " + what + " " + id + " seeded");
    }
    return id;
  }

  /**
   * Seeds a past job of {@code connectionId} that already reached {@code status} (e.g. a
   * succeeded sync, to give the connection a history).
   *
   * @param connectionId the connection's id
   * @param jobType the job type wire value
   * @param status the status
   * @throws IllegalArgumentException if the connection is unknown or it already has an open job
   * @return this
   */
  public Seeder job(String connectionId, String jobType, FakeJobStatus status) {
    Objects.requireNonNull(jobType, "jobType == null");
    Objects.requireNonNull(status, "status == null");
    if (!List.of("sync", "reset", "refresh", "clear").contains(jobType)) {
      throw new IllegalArgumentException("jobType must be one of sync, reset, refresh, clear: " + jobType);
    }
    synchronized (store) {
      Records.Connection connection = store.connections.get(Ids.canonical(connectionId));
      if (connection == null) {
        throw new IllegalArgumentException("no connection " + connectionId + " seeded");
      }
      if (store.openJob(connectionId) != null) {
        throw new IllegalArgumentException("connection " + connectionId + " already has an open job");
      }
      Records.Job job = store.createJob(connection, jobType);
      if (status != FakeJobStatus.PENDING) {
        if (status.isFinal() && status != FakeJobStatus.CANCELLED) {
          store.transition(job, FakeJobStatus.RUNNING, null, null, null);
        }
        store.transition(
            job, status, status == FakeJobStatus.FAILED ? "Seeded failure" : null, null, null);
      }
    }
    return this;
  }

  /**
   * Shorthand for {@code job(connectionId, "sync", status)}.
   *
   * @param connectionId the connection's id
   * @param status the status
   * @return this
   */
  public Seeder job(String connectionId, FakeJobStatus status) {
    return job(connectionId, "sync", status);
  }

  /**
   * Lets cron schedules run up to once a minute on this server (Airbyte's default is hourly).
   *
   * @return this
   */
  public Seeder allowSubHourlySchedules() {
    synchronized (store) {
      store.allowSubHourlySchedules = true;
    }
    return this;
  }

  /** {@return the workspace this chain currently seeds into} */
  public String currentWorkspaceId() {
    return workspaceId;
  }

  /** Returns the canonical (lower-case) form of a UUID id. */
  static String checkUuid(String id, String what) {
    Objects.requireNonNull(id, what + " == null");
    try {
      return UUID.fromString(id).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " must be a UUID: " + id, e);
    }
  }
}
