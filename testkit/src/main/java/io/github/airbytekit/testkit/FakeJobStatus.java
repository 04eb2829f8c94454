package io.github.airbytekit.testkit;

import java.util.Locale;

/**
 * Life-cycle state of a fake job, one constant per public API {@code JobStatusEnum} value.
 *
 * <pre>{@code
 * server.jobs().script(connectionId, FakeJobStatus.QUEUED, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
 * }</pre>
 */
public enum FakeJobStatus {
  /** Created, not yet picked up. */
  PENDING,
  /** Waiting for a worker. */
  QUEUED,
  /** An attempt is running. */
  RUNNING,
  /** An attempt failed and another will follow; not final. */
  INCOMPLETE,
  /** Final: the last attempt failed. */
  FAILED,
  /** Final: the job finished successfully. */
  SUCCEEDED,
  /** Final: the job was cancelled. */
  CANCELLED;

  /**
   * Returns the value as it appears on the wire, e.g. {@code "running"}.
   *
   * @return the wire value
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns true for {@link #SUCCEEDED}, {@link #FAILED} and {@link #CANCELLED}.
   *
   * @return whether the status is final
   */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /**
   * Parses a wire value such as {@code "running"}.
   *
   * @param value the wire value
   * @throws IllegalArgumentException if the value is not a job status
   * @return the status
   */
  public static FakeJobStatus fromWire(String value) {
    for (FakeJobStatus status : values()) {
      if (status.wireValue().equals(value)) {
        return status;
      }
    }
    throw new IllegalArgumentException("not a job status: " + value);
  }
}
