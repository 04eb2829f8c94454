package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import org.jspecify.annotations.Nullable;

/**
 * A sync job did not succeed in the way the caller asked for: see {@link SyncFailedException} and
 * {@link SyncTimeoutException}.
 *
 * <pre>{@code
 * catch (AirbyteSyncException e) {
 *   System.err.println("See " + e.jobUrl());
 * }
 * }</pre>
 */
public abstract class AirbyteSyncException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /** The connection id. */
  private final String connectionId;
  /** The job id. */
  private final long jobId;
  /** The status. */
  private final JobStatus status;
  /** The job url. */
  private final String jobUrl;

  AirbyteSyncException(String message, String connectionId, long jobId, JobStatus status, String jobUrl) {
    this(message, connectionId, jobId, status, jobUrl, null);
  }

  AirbyteSyncException(String message, String connectionId, long jobId, JobStatus status, String jobUrl,
      @Nullable Throwable cause) {
    super(message, cause);
    this.connectionId = connectionId;
    this.jobId = jobId;
    this.status = status;
    this.jobUrl = jobUrl;
  }

  /** {@return the connection the job belongs to} */
  public String connectionId() {
    return connectionId;
  }

  /** {@return the job id} */
  public long jobId() {
    return jobId;
  }

  /** {@return the last status seen} */
  public JobStatus status() {
    return status;
  }

  /** {@return the job in Airbyte's web UI} */
  public String jobUrl() {
    return jobUrl;
  }
}
