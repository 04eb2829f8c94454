package io.github.airbytekit.connections;

import io.github.airbytekit.domain.OpenValue;
import java.util.List;

/**
 * The type of an Airbyte job.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #wireValue()}, {@link #isKnown()} is {@code false}) instead of failing.
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

  /**
   * {@code clear}: a job type one can ask for, but Airbyte runs a clear as a reset job and reports and stores it as
   * {@link #RESET} (airbyte-platform {@code JobsController}, {@code DefaultJobCreator}); look for clears among the
   * reset jobs.
   */
  public static final JobType CLEAR = new JobType("clear", true);

  private static final List<JobType> KNOWN = List.of(SYNC, RESET, REFRESH, CLEAR);

  private JobType(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant whose wire value is exactly {@code wireValue}, or a new unknown value that keeps it.
   *
   * @param wireValue the value as Airbyte writes it (lower case, compared exactly)
   * @return the canonical constant, or an unknown value ({@link #isKnown()} false)
   */
  public static JobType of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new JobType(unknown, false));
  }

  /** {@return every value this library knows, in Airbyte's order} */
  public static List<JobType> knownValues() {
    return KNOWN;
  }
}
