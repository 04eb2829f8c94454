package io.github.airbytekit.connections;

/**
 * A sync job ended {@code failed} or {@code cancelled}.
 *
 * <pre>{@code
 * try {
 *   connection.runSync();
 * } catch (SyncFailedException e) {
 *   String logs = connection.getSyncResult(e.jobId()).fullLogText();
 * }
 * }</pre>
 */
public class SyncFailedException extends AirbyteSyncException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for job {@code jobId} of {@code connectionId} that ended with {@code status}.
   *
   * @param connectionId the connection id
   * @param jobId the job id
   * @param status the last status seen
   * @param jobUrl the job in the web UI
   */
  public SyncFailedException(String connectionId, long jobId, JobStatus status, String jobUrl) {
    super(
        "Sync job " + jobId + " of connection " + connectionId + " ended with status " + status
            + ". Logs: " + jobUrl,
        connectionId,
        jobId,
        status,
        jobUrl);
  }
}
