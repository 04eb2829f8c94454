package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.JobDetails;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a job, with its logs, per-stream counters and failure reasons, as reported by the Config API's
 * {@code jobs/get}.
 *
 * <pre>{@code
 * for (SyncAttempt attempt : result.attempts()) {
 *   System.out.println(attempt.attemptNumber() + ": " + attempt.status());
 *   System.out.println(attempt.fullLogText());
 * }
 * }</pre>
 */
public final class SyncAttempt {
  private final long jobId;
  private final int attemptNumber;
  private final JobDetails.Attempt data;

  SyncAttempt(long jobId, int attemptNumber, JobDetails.Attempt data) {
    this.jobId = jobId;
    this.attemptNumber = attemptNumber;
    this.data = data;
  }

  /** {@return the job this attempt belongs to} */
  public long jobId() {
    return jobId;
  }

  /** {@return the 0-based position of this attempt within the job} */
  public int attemptNumber() {
    return attemptNumber;
  }

  /** {@return Airbyte's id of the attempt, or its position when Airbyte sent none} */
  public long attemptId() {
    Long id = data.id();
    return id == null ? attemptNumber : id;
  }

  /** {@return the attempt status ({@code running}, {@code failed}, {@code succeeded}, …), {@code unknown} if unsent} */
  public JobStatus status() {
    JobStatus status = data.status();
    return status == null ? JobStatus.of("unknown") : status;
  }

  /** {@return the bytes synced by this attempt (0 when unknown)} */
  public long bytesSynced() {
    Long bytes = data.bytesSynced();
    return bytes == null ? 0 : bytes;
  }

  /** {@return the records synced by this attempt (0 when unknown)} */
  public long recordsSynced() {
    Long records = data.recordsSynced();
    return records == null ? 0 : records;
  }

  /** {@return when the attempt was created, or null when Airbyte did not say} */
  public @Nullable Instant createdAt() {
    Long seconds = data.createdAt();
    return seconds == null ? null : Instant.ofEpochSecond(seconds);
  }

  /**
   * What each stream moved in this attempt (Airbyte's {@code streamStats}), in Airbyte's order.
   *
   * @return one entry per stream Airbyte reported; empty when it reported none (older servers, attempts that
   *     moved nothing)
   */
  public List<StreamSyncStats> streamStats() {
    return data.streamStats();
  }

  /**
   * Why this attempt failed (Airbyte's {@code failureSummary.failures}), in Airbyte's order.
   *
   * @return the failure reasons; empty for an attempt that did not fail or whose reasons Airbyte did not record
   */
  public List<JobFailure> failures() {
    return data.failures();
  }

  /** {@return the attempt's log as text} */
  public String fullLogText() {
    return data.logText();
  }

  /** No I/O. */
  @Override
  public String toString() {
    return "SyncAttempt{jobId=" + jobId + ", attemptNumber=" + attemptNumber + ", status=" + status() + "}";
  }
}
