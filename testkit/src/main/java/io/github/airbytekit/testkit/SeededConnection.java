package io.github.airbytekit.testkit;

import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.internal.CronRules;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.Records;
import io.github.airbytekit.testkit.internal.http.Api;
import io.github.airbytekit.testkit.internal.versions.VersionRules;

/** A {@link ConnectionSeed} checked and turned into a store row. */
final class SeededConnection {
  private SeededConnection() {}

  /**
   * The row for {@code seed}.
   *
   * @throws IllegalArgumentException if the cron schedule is refused, the state names another connection, or the
   *     fake's Airbyte version cannot hold a value the seed uses
   */
  static Records.Connection row(
      ConnectionSeed seed, String connectionId, String workspaceId, String sourceId, String destinationId,
      FakeStore store) {
    refuseWhatTheVersionLacks(connectionId, seed, store.version);
    String name = seed.name != null ? seed.name : "Connection " + connectionId.substring(0, 8);
    SyncCatalog catalog = seed.syncCatalog != null ? seed.syncCatalog : Json.emptyCatalog();
    Records.Connection connection =
        new Records.Connection(connectionId, workspaceId, sourceId, destinationId, name, catalog, store.now());
    connection.prefix = seed.prefix;
    connection.status = seed.status;
    connection.scheduleType = seed.scheduleType;
    if (seed.cronExpression != null) {
      CronRules.problem(seed.cronExpression, store.allowSubHourlySchedules, store.now())
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem + ": " + seed.cronExpression);
              });
    }
    connection.cronExpression = seed.cronExpression;
    connection.basicTiming = seed.basicTiming;
    connection.namespaceDefinition = seed.namespaceDefinition;
    connection.namespaceFormat = seed.namespaceFormat;
    connection.nonBreakingSchemaUpdatesBehavior = seed.nonBreakingSchemaUpdatesBehavior;
    connection.jobScript = seed.jobScript;
    if (seed.state != null) {
      String stateConnectionId = Json.connectionIdOf(seed.state);
      if (stateConnectionId == null || !connectionId.equals(Ids.canonical(stateConnectionId))) {
        throw new IllegalArgumentException(
            "state.connectionId " + stateConnectionId + " is not the connection's id " + connectionId);
      }
      connection.state = seed.state;
    }
    return connection;
  }

  /** Airbyte versions without {@code locked} or some sync modes cannot hold connections that use them. */
  private static void refuseWhatTheVersionLacks(String connectionId, ConnectionSeed seed, VersionRules version) {
    String problem = version.seedProblem(Api.PUBLIC, "ConnectionStatusEnum", JsonTree.string(seed.status), "status");
    if (problem == null && seed.syncCatalog != null) {
      Object catalog = JsonTree.parse(Json.write(SyncCatalog.class, seed.syncCatalog));
      problem = version.seedProblem(Api.CONFIG, "AirbyteCatalog", catalog, "syncCatalog");
    }
    if (problem != null) {
      throw new IllegalArgumentException("connection " + connectionId + " cannot be seeded: " + problem);
    }
  }
}
