package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sync job did not finish within the wait timeout. The job itself keeps running unless the wait was
 * asked to cancel it ({@link #cancelled()}).
 *
 * <pre>{@code
 * catch (SyncTimeoutException e) {
 *   log.warn("job {} still {} after {}", e.jobId(), e.status(), e.timeout());
 * }
 * }</pre>
 */
public class SyncTimeoutException extends AirbyteSyncException {
  private static final long serialVersionUID = 1L;

  /** The timeout. */
  private final Duration timeout;
  /** The cancelled. */
  private final boolean cancelled;

  /**
   * Creates the exception for a wait of {@code timeout} that ended with the job in {@code status}.
   *
   * @param connectionId the connection id
   * @param jobId the job id
   * @param status the last status seen
   * @param jobUrl the job in the web UI
   * @param timeout how long the caller waited
   * @param cancelled whether the job was cancelled
   */
  public SyncTimeoutException(
      String connectionId, long jobId, JobStatus status, String jobUrl, Duration timeout, boolean cancelled) {
    super(
        "Sync job " + jobId + " of connection " + connectionId + " did not finish within " + timeout
            + " (last status " + status + ")" + (cancelled ? "; the job was cancelled." : "; it is still running.")
            + " See " + jobUrl,
        connectionId,
        jobId,
        status,
        jobUrl);
    this.timeout = timeout;
    this.cancelled = cancelled;
  }

  /**
   * Creates the exception for a wait that ended while Airbyte could not be polled: the last poll failed with
   * {@code pollFailure} (the cause), after polling went on through the outage for as long as the timeout allowed.
   *
   * @param connectionId the connection id
   * @param jobId the job id
   * @param status the last status seen
   * @param jobUrl the job in the web UI
   * @param timeout how long the caller waited
   * @param cancelled whether the job was cancelled
   * @param lastSeen when a poll last answered, or null if none did
   * @param pollFailure the failure of the last poll
   */
  public SyncTimeoutException(String connectionId, long jobId, JobStatus status, String jobUrl, Duration timeout,
      boolean cancelled, @Nullable Instant lastSeen, AirbyteException pollFailure) {
    super(
        "Sync job " + jobId + " of connection " + connectionId + " did not finish within " + timeout
            + ": Airbyte could not be polled (" + pollFailure.getMessage() + "); "
            + (cancelled ? "the job was cancelled" : "the job is still running") + "; last seen " + status
            + (lastSeen == null ? "" : " at " + lastSeen) + ". See " + jobUrl,
        connectionId,
        jobId,
        status,
        jobUrl,
        pollFailure);
    this.timeout = timeout;
    this.cancelled = cancelled;
  }

  /** {@return how long the caller waited} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return whether the job was cancelled because of the timeout} */
  public boolean cancelled() {
    return cancelled;
  }
}
