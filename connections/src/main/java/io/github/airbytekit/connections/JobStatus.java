package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The status of an Airbyte job.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #value()}, {@link #isKnown()} is {@code false}) instead of failing.
 *
 * <pre>{@code
 * if (result.status().isFinal()) { ... }
 * }</pre>
 */
public final class JobStatus {
  /** {@code pending}. */
  public static final JobStatus PENDING = new JobStatus("pending");

  /** {@code queued}. */
  public static final JobStatus QUEUED = new JobStatus("queued");

  /** {@code running}. */
  public static final JobStatus RUNNING = new JobStatus("running");

  /** {@code incomplete}. */
  public static final JobStatus INCOMPLETE = new JobStatus("incomplete");

  /** {@code failed}. */
  public static final JobStatus FAILED = new JobStatus("failed");

  /** {@code succeeded}. */
  public static final JobStatus SUCCEEDED = new JobStatus("succeeded");

  /** {@code cancelled}. */
  public static final JobStatus CANCELLED = new JobStatus("cancelled");

  private static final List<JobStatus> KNOWN = List.of(PENDING, QUEUED, RUNNING, INCOMPLETE, FAILED, SUCCEEDED, CANCELLED);

  private final String value;

  private JobStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for {@code value} (case-insensitive), or a new unknown value that keeps it.
   *
   * @param value the value
   * @return the job status
   */
  public static JobStatus of(String value) {
    Objects.requireNonNull(value, "value == null");
    for (JobStatus known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new JobStatus(value);
  }

  /**
   * Every value this library knows, in Airbyte's order.
   *
   * @return every value this library knows, in Airbyte's order
   */
  public static List<JobStatus> knownValues() {
    return KNOWN;
  }

  /**
   * The wire value, e.g. {@code "pending"}.
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

  /**
   * Whether the job can no longer change: {@code succeeded}, {@code failed} or {@code cancelled}.
   *
   * @return whether the job can no longer change: {@code succeeded}, {@code failed} or {@code cancelled}
   */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /**
   * Whether the job ended without success: {@code failed} or {@code cancelled}.
   *
   * @return whether the job ended without success: {@code failed} or {@code cancelled}
   */
  public boolean isFailure() {
    return this == FAILED || this == CANCELLED;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JobStatus && ((JobStatus) other).value.equals(value);
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
