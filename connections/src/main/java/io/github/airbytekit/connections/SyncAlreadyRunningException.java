package io.github.airbytekit.connections;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Airbyte refused to start a sync because one is already running for the connection (HTTP 409).
 * Carries the running job when it could be found, so callers can wait for it instead.
 *
 * <pre>{@code
 * SyncResult result;
 * try {
 *   result = connection.runSync();
 * } catch (SyncAlreadyRunningException e) {
 *   result = e.runningJob().orElseThrow(() -> e);
 *   result.waitForCompletion();
 * }
 * }</pre>
 */
public class SyncAlreadyRunningException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /** The connection id. */
  private final String connectionId;
  /** The running job. */
  private final transient @Nullable SyncResult runningJob;

  /**
   * Wraps the HTTP 409 response {@code cause}; {@code runningJob} is the job found running, if any.
   *
   * @param connectionId the connection id
   * @param runningJob the running job, or null
   * @param cause the underlying failure
   */
  public SyncAlreadyRunningException(
      String connectionId, @Nullable SyncResult runningJob, AirbyteApiException cause) {
    super(
        "A sync is already running for connection " + connectionId
            + (runningJob == null ? "" : " (job " + runningJob.jobId() + ")")
            + "; wait for it to finish instead of starting another.",
        cause);
    this.connectionId = connectionId;
    this.runningJob = runningJob;
  }

  /** {@return the connection that already has a running sync} */
  public String connectionId() {
    return connectionId;
  }

  /** {@return the running job, when the job list showed one} */
  public Optional<SyncResult> runningJob() {
    return Optional.ofNullable(runningJob);
  }
}
