package io.github.airbytekit.connections;

import io.github.airbytekit.domain.OpenValue;
import java.util.List;

/**
 * The status of an Airbyte job.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #wireValue()}, {@link #isKnown()} is {@code false}) instead of failing.
 *
 * <pre>{@code
 * if (result.status().isFinal()) { ... }
 * }</pre>
 */
public final class JobStatus extends OpenValue {
  /** {@code pending}. */
  public static final JobStatus PENDING = new JobStatus("pending", true);

  /** {@code queued}. */
  public static final JobStatus QUEUED = new JobStatus("queued", true);

  /** {@code running}. */
  public static final JobStatus RUNNING = new JobStatus("running", true);

  /** {@code incomplete}. */
  public static final JobStatus INCOMPLETE = new JobStatus("incomplete", true);

  /** {@code failed}. */
  public static final JobStatus FAILED = new JobStatus("failed", true);

  /** {@code succeeded}. */
  public static final JobStatus SUCCEEDED = new JobStatus("succeeded", true);

  /** {@code cancelled}. */
  public static final JobStatus CANCELLED = new JobStatus("cancelled", true);

  private static final List<JobStatus> KNOWN = List.of(PENDING, QUEUED, RUNNING, INCOMPLETE, FAILED, SUCCEEDED, CANCELLED);

  private JobStatus(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant whose wire value is exactly {@code wireValue}, or a new unknown value that keeps it.
   *
   * @param wireValue the value as Airbyte writes it (lower case, compared exactly)
   * @return the canonical constant, or an unknown value ({@link #isKnown()} false)
   */
  public static JobStatus of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new JobStatus(unknown, false));
  }

  /** {@return every value this library knows, in Airbyte's order} */
  public static List<JobStatus> knownValues() {
    return KNOWN;
  }

  /** {@return whether the job can no longer change: {@code succeeded}, {@code failed} or {@code cancelled}} */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /** {@return whether the job ended without success: {@code failed} or {@code cancelled}} */
  public boolean isFailure() {
    return this == FAILED || this == CANCELLED;
  }
}
