package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
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

  /** {@return a new builder; the type is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the schedule type as sent by Airbyte: {@code manual}, {@code cron} or {@code basic}} */
  public abstract String getType();

  /** {@return the Quartz cron expression of a {@code cron} schedule, or null} */
  public abstract @Nullable String getCronExpression();

  /** {@return the timing of a {@code basic} schedule, such as {@code Every 24 hours}, or null} */
  public abstract @Nullable String getBasicTiming();

  /** Builds a {@link ConnectionSchedule}; each attribute may be set once. */
  public static final class Builder extends ImmutableConnectionSchedule.Builder {
    Builder() {}
  }
}
