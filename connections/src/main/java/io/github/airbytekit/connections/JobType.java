package io.github.airbytekit.connections;

import java.util.List;

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
public final class JobType extends OpenValue {
  /** {@code sync}. */
  public static final JobType SYNC = new JobType("sync", true);

  /** {@code reset}. */
  public static final JobType RESET = new JobType("reset", true);

  /** {@code refresh}. */
  public static final JobType REFRESH = new JobType("refresh", true);

  /** {@code clear}. */
  public static final JobType CLEAR = new JobType("clear", true);

  private static final List<JobType> KNOWN = List.of(SYNC, RESET, REFRESH, CLEAR);

  private JobType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the constant for {@code value} (case-insensitive), or a new unknown value that keeps it.
   *
   * @param value the value
   * @return the job type
   */
  public static JobType of(String value) {
    return lookup(KNOWN, value, unknown -> new JobType(unknown, false));
  }

  /**
   * Every value this library knows, in Airbyte's order.
   *
   * @return every value this library knows, in Airbyte's order
   */
  public static List<JobType> knownValues() {
    return KNOWN;
  }
}
