package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A connection's schedule as Airbyte reports it: {@code manual}, {@code cron} (with a Quartz expression) or
 * {@code basic} (with a timing such as "Every 24 hours").
 *
 * <pre>{@code
 * ConnectionSchedule schedule = connection.schedule();
 * if (schedule.getType().equals("cron")) System.out.println(schedule.getCronExpression());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class ConnectionSchedule {
  ConnectionSchedule() {}

  static ConnectionSchedule of(String type, @Nullable String cronExpression, @Nullable String basicTiming) {
    return ImmutableConnectionSchedule.builder().type(type).cronExpression(cronExpression)
        .basicTiming(basicTiming).build();
  }

  /**
   * The schedule type as sent by Airbyte: {@code manual}, {@code cron} or {@code basic}.
   *
   * @return the schedule type as sent by Airbyte: {@code manual}, {@code cron} or {@code basic}
   */
  public abstract String getType();

  /**
   * The Quartz cron expression of a {@code cron} schedule.
   *
   * @return the Quartz cron expression of a {@code cron} schedule
   */
  public abstract @Nullable String getCronExpression();

  /**
   * The timing of a {@code basic} schedule.
   *
   * @return the timing of a {@code basic} schedule
   */
  public abstract @Nullable String getBasicTiming();
}
