package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.ConnectionScheduleData;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleDataBasicSchedule;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.internal.CronRules;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.StateScopes;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code web_backend/connections/update}, validated before anything changes (a refused update changes nothing):
 * Config API enum spellings are mapped to the store's public ones, and a catalog change without {@code skipReset}
 * resets the changed streams, as Airbyte does.
 */
final class WebBackendChange {
  private final WebBackendConnectionUpdate update;
  private @Nullable String status;
  private @Nullable String namespaceDefinition;
  private @Nullable String nonBreaking;
  private @Nullable String scheduleType;
  private @Nullable String cron;
  private @Nullable String basicTiming;
  private List<StreamId> changed = List.of();
  private boolean reset;

  private WebBackendChange(WebBackendConnectionUpdate update) {
    this.update = update;
  }

  /** @throws HttpProblem 422 for an invalid value, 409 for a reset while a sync runs */
  static WebBackendChange validate(WebBackendConnectionUpdate update, Connection connection, FakeStore store) {
    WebBackendChange change = new WebBackendChange(update);
    change.status = oneOf("status", update.getStatus(), "active", "inactive", "deprecated", "locked");
    String namespaceDefinition =
        oneOf("namespaceDefinition", update.getNamespaceDefinition(), "source", "destination", "customformat");
    change.namespaceDefinition = "customformat".equals(namespaceDefinition) ? "custom_format" : namespaceDefinition;
    String nonBreaking = oneOf("nonBreakingChangesPreference", update.getNonBreakingChangesPreference(),
        "ignore", "disable", "propagate_columns", "propagate_fully");
    change.nonBreaking = "disable".equals(nonBreaking) ? "disable_connection" : nonBreaking;
    change.scheduleType = oneOf("scheduleType", update.getScheduleType(), "manual", "basic", "cron");
    if ("cron".equals(change.scheduleType)) {
      change.cron(update.getScheduleData(), store);
    } else if ("basic".equals(change.scheduleType)) {
      change.basic(update.getScheduleData());
    }
    SyncCatalog catalog = update.getSyncCatalog();
    if (catalog != null) {
      knownModes(catalog);
    }
    change.changed = catalog == null ? List.of() : ResetScope.changedStreams(connection.syncCatalog, catalog);
    change.reset = !change.changed.isEmpty() && !Boolean.TRUE.equals(update.getSkipReset());
    if (change.reset && store.openJob(connection.id) != null) {
      throw HttpProblem.conflict("Cannot reset streams of connection " + connection.id + " while a sync is running");
    }
    return change;
  }

  /** Airbyte reads the catalog's sync modes as its enums and refuses any other value. */
  private static void knownModes(SyncCatalog catalog) {
    List<SyncCatalogEntry> streams = catalog.getStreams();
    for (int i = 0; i < streams.size(); i++) {
      StreamConfig config = streams.get(i).getConfig();
      known("syncCatalog.streams[" + i + "].config.syncMode", config.getSyncMode(), SyncMode.knownValues());
      known("syncCatalog.streams[" + i + "].config.destinationSyncMode", config.getDestinationSyncMode(),
          DestinationSyncMode.knownValues());
    }
  }

  private static void known(String path, @Nullable OpenValue value, List<? extends OpenValue> allowed) {
    if (value != null && !value.isKnown()) {
      List<String> names = new ArrayList<>();
      allowed.forEach(v -> names.add(v.wireValue()));
      throw HttpProblem.unprocessable(path + " must be one of " + String.join(", ", names) + ": " + value.wireValue());
    }
  }

  private static @Nullable String oneOf(String property, @Nullable OpenValue value, String... allowed) {
    String wire = OpenValue.wireValueOf(value);
    if (wire != null && !List.of(allowed).contains(wire)) {
      throw HttpProblem.unprocessable(property + " must be one of " + String.join(", ", allowed) + ": " + wire);
    }
    return wire;
  }

  private void cron(@Nullable ConnectionScheduleData data, FakeStore store) {
    String expression = data == null || data.getCron() == null ? null : data.getCron().getCronExpression();
    if (expression == null || expression.isBlank()) {
      throw HttpProblem.unprocessable("scheduleData.cron.cronExpression is required for a cron schedule");
    }
    String problem = CronRules.problem(expression, store.allowSubHourlySchedules, store.now()).orElse(null);
    if (problem != null) {
      throw HttpProblem.unprocessable(problem);
    }
    cron = expression.trim();
  }

  private void basic(@Nullable ConnectionScheduleData data) {
    ConnectionScheduleDataBasicSchedule basic = data == null ? null : data.getBasicSchedule();
    if (basic == null || basic.getUnits() == null || OpenValue.wireValueOf(basic.getTimeUnit()) == null) {
      throw HttpProblem.unprocessable("scheduleData.basicSchedule is required for a basic schedule");
    }
    basicTiming = "Every " + basic.getUnits() + " " + OpenValue.wireValueOf(basic.getTimeUnit());
  }

  void applyTo(Connection connection, FakeStore store) {
    ConnectionSettings.of(update.getName(), update.getPrefix(), status, namespaceDefinition,
            update.getNamespaceFormat(), nonBreaking, scheduleType, cron, basicTiming)
        .applyTo(connection);
    if (update.getSyncCatalog() != null) {
      connection.syncCatalog = update.getSyncCatalog();
    }
    if (reset) {
      // Like Airbyte without skipReset: the changed streams lose their state and get a reset job.
      connection.state = StateScopes.without(connection.state, changed);
      store.createJob(connection, "reset");
    }
  }
}
