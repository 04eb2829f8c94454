package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings a public API create or PATCH (or a Config API update) changes, validated before anything is changed
 * so that a refused request changes nothing; {@link #applyTo} cannot fail. Values are in the store's (public API)
 * spellings; null leaves a setting unchanged.
 */
final class ConnectionSettings {
  private @Nullable String name;
  private @Nullable String prefix;
  private @Nullable String status;
  private @Nullable String scheduleType;
  private @Nullable String cronExpression;
  private @Nullable String basicTiming;
  private @Nullable String namespaceDefinition;
  private @Nullable String namespaceFormat;
  private @Nullable String nonBreaking;

  private ConnectionSettings() {}

  /** Settings already validated (and translated to the store's spellings) by the Config API update. */
  static ConnectionSettings of(
      @Nullable String name,
      @Nullable String prefix,
      @Nullable String status,
      @Nullable String namespaceDefinition,
      @Nullable String namespaceFormat,
      @Nullable String nonBreaking,
      @Nullable String scheduleType,
      @Nullable String cronExpression,
      @Nullable String basicTiming) {
    ConnectionSettings settings = new ConnectionSettings();
    settings.name = name;
    settings.prefix = prefix;
    settings.status = status;
    settings.namespaceDefinition = namespaceDefinition;
    settings.namespaceFormat = namespaceFormat;
    settings.nonBreaking = nonBreaking;
    settings.scheduleType = scheduleType;
    settings.cronExpression = cronExpression;
    settings.basicTiming = basicTiming;
    return settings;
  }

  /**
   * Validates a public API request's settings; a null argument leaves its setting unchanged.
   *
   * @throws HttpProblem 400 naming the first invalid property
   */
  static ConnectionSettings validate(
      FakeStore store,
      @Nullable String name,
      @Nullable String prefix,
      @Nullable OpenValue status,
      @Nullable ConnectionSchedule schedule,
      @Nullable OpenValue namespaceDefinition,
      @Nullable String namespaceFormat,
      @Nullable OpenValue nonBreaking) {
    ConnectionSettings settings = new ConnectionSettings();
    settings.status = oneOf("status", status, "active", "inactive", "deprecated", "locked");
    if (schedule != null) {
      settings.schedule(schedule, store);
    }
    settings.namespaceDefinition =
        oneOf("namespaceDefinition", namespaceDefinition, "source", "destination", "custom_format");
    settings.namespaceFormat = namespaceFormat;
    settings.nonBreaking = oneOf("nonBreakingSchemaUpdatesBehavior", nonBreaking,
        "ignore", "disable_connection", "propagate_columns", "propagate_fully");
    if (name != null && name.isBlank()) {
      throw HttpProblem.badRequest("name must not be blank");
    }
    settings.name = name;
    settings.prefix = prefix;
    return settings;
  }

  private static @Nullable String oneOf(String property, @Nullable OpenValue value, String... allowed) {
    String wire = OpenValue.wireValueOf(value);
    return wire == null ? null : Checks.oneOf(property, wire, List.of(allowed));
  }

  private void schedule(ConnectionSchedule schedule, FakeStore store) {
    String type = OpenValue.wireValueOf(schedule.getScheduleType());
    if (type == null) {
      throw HttpProblem.badRequest("schedule.scheduleType is required");
    }
    scheduleType = Checks.oneOf("schedule.scheduleType", type, List.of("manual", "cron"));
    if (type.equals("cron")) {
      String cron = schedule.getCronExpression();
      if (cron == null || cron.isBlank()) {
        throw HttpProblem.badRequest("schedule.cronExpression is required for a cron schedule");
      }
      store.validateCron(cron);
      cronExpression = cron.trim();
    }
  }

  void applyTo(Connection connection) {
    if (name != null) {
      connection.name = name;
    }
    if (prefix != null) {
      connection.prefix = prefix;
    }
    if (status != null) {
      connection.status = status;
    }
    if (scheduleType != null) {
      connection.scheduleType = scheduleType;
      connection.cronExpression = cronExpression;
      connection.basicTiming = basicTiming;
    }
    if (namespaceDefinition != null) {
      connection.namespaceDefinition = namespaceDefinition;
    }
    if (namespaceFormat != null) {
      connection.namespaceFormat = namespaceFormat;
    }
    if (nonBreaking != null) {
      connection.nonBreakingSchemaUpdatesBehavior = nonBreaking;
    }
  }
}
