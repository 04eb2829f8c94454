package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a job, with its logs, as reported by the Config API's {@code jobs/get}.
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
  private final Dto.AttemptInfo data;

  SyncAttempt(long jobId, int attemptNumber, Dto.AttemptInfo data) {
    this.jobId = jobId;
    this.attemptNumber = attemptNumber;
    this.data = data;
  }

  /**
   * The job this attempt belongs to.
   *
   * @return the job this attempt belongs to
   */
  public long jobId() {
    return jobId;
  }

  /**
   * The 0-based position of this attempt within the job.
   *
   * @return the 0-based position of this attempt within the job
   */
  public int attemptNumber() {
    return attemptNumber;
  }

  /**
   * Airbyte's id of the attempt.
   *
   * @return airbyte's id of the attempt
   */
  public long attemptId() {
    return data.attempt == null ? attemptNumber : data.attempt.id;
  }

  /**
   * The attempt status ({@code running}, {@code failed}, {@code succeeded}, …).
   *
   * @return the attempt status ({@code running}, {@code failed}, {@code succeeded}, …)
   */
  public JobStatus status() {
    return JobStatus.of(data.attempt == null || data.attempt.status == null ? "unknown" : data.attempt.status);
  }

  /**
   * Bytes synced by this attempt (0 when unknown).
   *
   * @return bytes synced by this attempt (0 when unknown)
   */
  public long bytesSynced() {
    return data.attempt == null || data.attempt.bytesSynced == null ? 0 : data.attempt.bytesSynced;
  }

  /**
   * Records synced by this attempt (0 when unknown).
   *
   * @return records synced by this attempt (0 when unknown)
   */
  public long recordsSynced() {
    return data.attempt == null || data.attempt.recordsSynced == null ? 0 : data.attempt.recordsSynced;
  }

  /**
   * When the attempt was created, or {@code null} when Airbyte did not say.
   *
   * @return when the attempt was created, or {@code null} when Airbyte did not say
   */
  public @Nullable Instant createdAt() {
    return data.attempt == null || data.attempt.createdAt == null
        ? null
        : Instant.ofEpochSecond(data.attempt.createdAt);
  }

  /**
   * The attempt's log as text: structured events as {@code [<ISO timestamp>] <LEVEL>: <message>} lines, or
   * the plain log lines; empty when there are no logs.
   *
   * @return the attempt's log as text: structured events as {@code [<ISO timestamp>] <LEVEL>: <message>} lines, or  the plain log lines; empty when there are no logs
   */
  public String fullLogText() {
    Dto.Logs logs = data.logs;
    if (logs == null) {
      return "";
    }
    if (logs.events != null && !logs.events.isEmpty()) {
      List<String> lines = new ArrayList<>(logs.events.size());
      for (Dto.LogEvent event : logs.events) {
        String timestamp = event.timestamp == null ? "" : Instant.ofEpochMilli(event.timestamp).toString();
        lines.add("[" + timestamp + "] " + (event.level == null ? "INFO" : event.level) + ": "
            + (event.message == null ? "" : event.message));
      }
      return String.join("\n", lines);
    }
    if (logs.logLines != null) {
      return String.join("\n", logs.logLines);
    }
    return "";
  }

  /** No I/O. */
  @Override
  public String toString() {
    return "SyncAttempt{jobId=" + jobId + ", attemptNumber=" + attemptNumber + ", status=" + status() + "}";
  }
}
