package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.Records.Attempt;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Records.LogEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A job's move into a status, with the attempts, logs and counters Airbyte reports for it. */
final class JobTransitions {
  /** Counters of a job that succeeds without the test giving any. */
  static final long DEFAULT_BYTES = 1_048_576L;
  static final long DEFAULT_ROWS = 1_000L;

  private static final String CANCELLED = "Job was cancelled";

  private JobTransitions() {}

  /** Puts a job that is not final into {@code status} at {@code now}. */
  static void apply(
      Job job, FakeJobStatus status, @Nullable String failureReason, @Nullable Long bytes, @Nullable Long rows,
      Instant now) {
    Attempt attempt = job.lastAttempt();
    boolean attemptOpen = attempt != null && attempt.endedAt == null;
    switch (status) {
      case PENDING:
      case QUEUED:
        break;
      case RUNNING:
        if (!attemptOpen) {
          startAttempt(job, now);
        }
        break;
      case INCOMPLETE:
        if (!attemptOpen) {
          startAttempt(job, now);
        }
        endAttempt(
            job,
            job.lastAttempt(),
            "failed",
            failureReason == null ? "Attempt failed; Airbyte will retry" : failureReason,
            0,
            0,
            now);
        break;
      case SUCCEEDED:
        if (!attemptOpen) {
          startAttempt(job, now);
        }
        long b = bytes == null ? DEFAULT_BYTES : bytes;
        long r = rows == null ? DEFAULT_ROWS : rows;
        endAttempt(job, job.lastAttempt(), "succeeded", null, b, r, now);
        job.bytesSynced = b;
        job.rowsSynced = r;
        break;
      case FAILED:
        if (!attemptOpen) {
          startAttempt(job, now);
        }
        String reason = failureReason == null ? "Sync failed" : failureReason;
        endAttempt(job, job.lastAttempt(), "failed", reason, bytes == null ? 0 : bytes, rows == null ? 0 : rows, now);
        job.failureReason = reason;
        job.bytesSynced = bytes == null ? 0L : bytes;
        job.rowsSynced = rows == null ? 0L : rows;
        break;
      case CANCELLED:
        if (attemptOpen) {
          endAttempt(job, attempt, "failed", CANCELLED, 0, 0, now);
          attempt.failureOrigin = "airbyte_platform";
          attempt.failureType = "manual_cancellation";
        }
        job.bytesSynced = bytes == null ? 0L : bytes;
        job.rowsSynced = rows == null ? 0L : rows;
        break;
    }
    job.status = status;
    job.updatedAt = now;
  }

  private static Attempt startAttempt(Job job, Instant now) {
    Attempt attempt = new Attempt(job.attempts.size(), now);
    attempt.log.add(new LogEntry(now, "platform", "info", "Starting attempt " + attempt.number + " of job " + job.id));
    attempt.log.add(new LogEntry(now, "source", "info", "Reading records"));
    job.attempts.add(attempt);
    return attempt;
  }

  private static void endAttempt(
      Job job, @Nullable Attempt attempt, String status, @Nullable String reason, long bytes, long rows, Instant now) {
    if (attempt == null) {
      return;
    }
    attempt.status = status;
    attempt.updatedAt = now;
    attempt.endedAt = now;
    attempt.bytesSynced = bytes;
    attempt.recordsSynced = rows;
    attempt.failureReason = reason;
    attempt.streams = job.reportedStreams;
    if (reason != null) {
      attempt.failedStream = job.failingStream;
    }
    if (reason != null) {
      attempt.log.add(new LogEntry(now, "platform", "error", reason));
    } else {
      attempt.log.add(new LogEntry(now, "destination", "info", "Wrote " + rows + " records (" + bytes + " bytes)"));
    }
    attempt.log.add(new LogEntry(now, "platform", "info", "Attempt " + attempt.number + " " + status));
  }
}
