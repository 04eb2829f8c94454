package io.github.airbytekit.testkit.internal;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates cron schedules the way Airbyte does: Quartz syntax parsed by cron-utils, then the
 * next three executions must be at least an hour apart (or a minute, when sub-hourly schedules
 * are allowed, which Airbyte itself never goes below).
 */
public final class CronRules {
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

  private CronRules() {}

  /**
   * Returns why {@code expression} is refused, or empty when it is accepted.
   *
   * @param now the instant the next executions are computed from
   */
  public static Optional<String> problem(String expression, boolean allowSubHourly, Instant now) {
    Cron cron;
    try {
      cron = PARSER.parse(expression.trim());
      cron.validate();
    } catch (IllegalArgumentException e) {
      return Optional.of("Invalid cron expression: " + e.getMessage());
    }
    long minimumSeconds = allowSubHourly ? 60 : 3600;
    ExecutionTime executionTime = ExecutionTime.forCron(cron);
    List<Long> next = new ArrayList<>();
    ZonedDateTime cursor = ZonedDateTime.ofInstant(now, ZoneOffset.UTC);
    for (int i = 0; i < 3; i++) {
      Optional<ZonedDateTime> execution = executionTime.nextExecution(cursor);
      if (execution.isEmpty()) {
        break;
      }
      cursor = execution.get();
      next.add(cursor.toEpochSecond());
    }
    for (int i = 1; i < next.size(); i++) {
      if (next.get(i) - next.get(i - 1) < minimumSeconds) {
        return Optional.of(
            "Invalid cron expression: Cron executions must be at least "
                + (allowSubHourly ? "1 minute" : "1 hour")
                + " apart");
      }
    }
    return Optional.empty();
  }
}
