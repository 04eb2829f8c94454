package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The type of an Airbyte job.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #value()}, {@link #isKnown()} is {@code false}) instead of failing.
 *
 * <pre>{@code
 * connection.getPreviousSyncLogs(JobQuery.builder().jobType(JobType.REFRESH).build());
 * }</pre>
 */
public final class JobType {
  /** {@code sync}. */
  public static final JobType SYNC = new JobType("sync");

  /** {@code reset}. */
  public static final JobType RESET = new JobType("reset");

  /** {@code refresh}. */
  public static final JobType REFRESH = new JobType("refresh");

  /** {@code clear}. */
  public static final JobType CLEAR = new JobType("clear");

  private static final List<JobType> KNOWN = List.of(SYNC, RESET, REFRESH, CLEAR);

  private final String value;

  private JobType(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for {@code value} (case-insensitive), or a new unknown value that keeps it.
   *
   * @param value the value
   * @return the job type
   */
  public static JobType of(String value) {
    Objects.requireNonNull(value, "value == null");
    for (JobType known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new JobType(value);
  }

  /**
   * Every value this library knows, in Airbyte's order.
   *
   * @return every value this library knows, in Airbyte's order
   */
  public static List<JobType> knownValues() {
    return KNOWN;
  }

  /**
   * The wire value, e.g. {@code "sync"}.
   *
   * @return the wire value
   */
  public String value() {
    return value;
  }

  /**
   * Whether this library knows the value.
   *
   * @return whether this library knows the value
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JobType && ((JobType) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The wire value. */
  @Override
  public String toString() {
    return value;
  }
}
