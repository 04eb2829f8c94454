package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sync (or other) job of a connection: its status, counters, attempts and logs.
 *
 * <pre>{@code
 * SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
 * JobStatus status = result.waitForCompletion(Duration.ofMinutes(10), true, true);
 * System.out.println(result.recordsSynced() + " records in " + result.duration());
 * }</pre>
 *
 * <p>Status and counters are fetched with {@code GET /jobs/{id}} on each call until the job is final; after
 * that the final values are cached. For several fields of a running job at once, use {@link #snapshot()}:
 * one request, one consistent observation. Thread-safe.
 */
public final class SyncResult {
  private final CloudConnection connection;
  private final long jobId;
  private final Object lock = new Object();
  private Dto.@Nullable Job latest;
  private @Nullable List<SyncAttempt> finalAttempts;
  private boolean freshSeed;

  SyncResult(CloudConnection connection, long jobId, Dto.@Nullable Job seed, boolean freshSeed) {
    this.connection = connection;
    this.jobId = jobId;
    this.latest = seed;
    this.freshSeed = seed != null && freshSeed;
  }

  /**
   * The create-job response, once: it is as fresh as a poll.
   *
   * @return the create-job response, once: it is as fresh as a poll
   */
  Dto.@Nullable Job takeFreshSeed() {
    synchronized (lock) {
      Dto.Job seed = freshSeed ? latest : null;
      freshSeed = false;
      return seed;
    }
  }

  /**
   * The job id.
   *
   * @return the job id
   */
  public long jobId() {
    return jobId;
  }

  /**
   * The connection the job belongs to.
   *
   * @return the connection the job belongs to
   */
  public CloudConnection connection() {
    return connection;
  }

  /**
   * One consistent observation of the job: status, type, start, duration, counters and URL from a single
   * {@code GET /jobs/{id}} (none once the job is known to be final). Prefer it to several getters when
   * printing or comparing fields of a running job: each getter polls again, so their values may come from
   * different polls. Like {@link #startTime()}, asks the Config API only if the start time is unparseable.
   *
   * @return the job as of one fetch
   */
  public JobSnapshot snapshot() {
    Dto.Job job = job();
    return ImmutableJobSnapshot.builder()
        .jobId(jobId)
        .status(statusOf(job))
        .jobType(JobType.of(job.jobType == null ? "sync" : job.jobType))
        .startTime(startTimeOf(job))
        .duration(Times.parseDuration(job.duration))
        .bytesSynced(job.bytesSynced == null ? 0 : job.bytesSynced)
        .recordsSynced(job.rowsSynced == null ? 0 : job.rowsSynced)
        .jobUrl(jobUrl())
        .build();
  }

  /**
   * The current status (one request unless the job is known to be final).
   *
   * @return the current status (one request unless the job is known to be final)
   */
  public JobStatus status() {
    return statusOf(job());
  }

  /**
   * Whether the job is final: succeeded, failed or cancelled (same request rule as {@link #status()}).
   *
   * @return whether the job is final: succeeded, failed or cancelled (same request rule as {@link #status()})
   */
  public boolean isComplete() {
    return status().isFinal();
  }

  /**
   * The job type, e.g. {@link JobType#SYNC}.
   *
   * @return the job type, e.g
   */
  public JobType jobType() {
    Dto.Job job = cachedJob();
    if (job == null || job.jobType == null) {
      job = refresh();
    }
    return JobType.of(job.jobType == null ? "sync" : job.jobType);
  }

  /**
   * Bytes synced so far (0 when Airbyte does not say).
   *
   * @return bytes synced so far (0 when Airbyte does not say)
   */
  public long bytesSynced() {
    Long bytes = job().bytesSynced;
    return bytes == null ? 0 : bytes;
  }

  /**
   * Records (rows) synced so far (0 when Airbyte does not say).
   *
   * @return records (rows) synced so far (0 when Airbyte does not say)
   */
  public long recordsSynced() {
    Long rows = job().rowsSynced;
    return rows == null ? 0 : rows;
  }

  /**
   * When the job started. The public API's {@code startTime} is parsed leniently (ISO-8601 with {@code T} or
   * a space, naive as UTC, date only, Unix seconds or milliseconds); if it cannot be parsed, the Config
   * API's {@code jobs/get} is asked for the job's start.
   *
   * @return when the job started
   */
  public Instant startTime() {
    return startTimeOf(job());
  }

  private Instant startTimeOf(Dto.Job job) {
    Instant parsed = Times.parseInstant(job.startTime);
    if (parsed != null) {
      return parsed;
    }
    Dto.JobInfo info = connection.workspace().configApi().getJobInfo(jobId);
    if (info.job != null) {
      Long seconds = info.job.startedAt != null ? info.job.startedAt : info.job.createdAt;
      if (seconds != null) {
        return Instant.ofEpochSecond(seconds);
      }
    }
    throw new AirbyteInputException("Job " + jobId + " has no parseable start time ('" + job.startTime + "').");
  }

  /**
   * How long the job ran (Airbyte's ISO-8601 {@code duration}), or {@code null} when not reported.
   *
   * @return how long the job ran (Airbyte's ISO-8601 {@code duration}), or {@code null} when not reported
   */
  public @Nullable Duration duration() {
    return Times.parseDuration(job().duration);
  }

  /**
   * The job in the web UI: {@code {jobHistoryUrl}#{jobId}::0}. No I/O.
   *
   * @return the job in the web UI: {@code {jobHistoryUrl}#{jobId}::0}
   */
  public String jobUrl() {
    return connection.jobHistoryUrl() + "#" + jobId + "::0";
  }

  /**
   * The connection's currently selected stream names (not necessarily what this job synced).
   *
   * @return the connection's currently selected stream names (not necessarily what this job synced)
   */
  public List<String> streamNames() {
    return connection.streamNames();
  }

  /**
   * Cancels the job ({@code DELETE /jobs/{id}}) and returns the status Airbyte reports afterwards.
   * Cancelling a final job is a no-op that returns its status without a request.
   *
   * @return the job status
   */
  public JobStatus cancel() {
    Dto.Job cached = cachedJob();
    if (cached != null && statusOf(cached).isFinal()) {
      return statusOf(cached);
    }
    connection.requireSameWorkspace();
    Dto.Job cancelled = connection.workspace().publicApi().cancelJob(jobId);
    remember(cancelled);
    return statusOf(cancelled);
  }

  /**
   * The job's attempts with their logs (one Config API {@code jobs/get}; cached once the job is final).
   *
   * @return the job's attempts with their logs (one Config API {@code jobs/get}; cached once the job is final)
   */
  public List<SyncAttempt> attempts() {
    synchronized (lock) {
      if (finalAttempts != null) {
        return finalAttempts;
      }
    }
    Dto.JobInfo info = connection.workspace().configApi().getJobInfo(jobId);
    List<SyncAttempt> attempts = new ArrayList<>();
    if (info.attempts != null) {
      for (int i = 0; i < info.attempts.size(); i++) {
        attempts.add(new SyncAttempt(jobId, i, info.attempts.get(i)));
      }
    }
    List<SyncAttempt> result = Collections.unmodifiableList(attempts);
    if (info.job != null && info.job.status != null && JobStatus.of(info.job.status).isFinal()) {
      synchronized (lock) {
        finalAttempts = result;
      }
    }
    return result;
  }

  /**
   * The logs of every attempt, in order, separated by a header line per attempt.
   *
   * @return the logs of every attempt, in order, separated by a header line per attempt
   */
  public String fullLogText() {
    StringBuilder text = new StringBuilder();
    for (SyncAttempt attempt : attempts()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("=== attempt ").append(attempt.attemptNumber()).append(" (").append(attempt.status())
          .append(") ===\n").append(attempt.fullLogText());
    }
    return text.toString();
  }

  /**
   * Waits up to 30 minutes; throws {@link SyncTimeoutException} on timeout, returns a failed status.
   *
   * @return the job status
   */
  public JobStatus waitForCompletion() {
    return waitForCompletion(WaitOptions.builder().build());
  }

  /**
   * Waits for a final status, polling with the workspace's {@link PollPolicy}.
   *
   * @param timeout how long to wait; {@link Duration#ZERO} checks once
   * @param raiseOnFailure throw {@link SyncFailedException} if the job ends failed or cancelled
   * @param raiseOnTimeout throw {@link SyncTimeoutException} on timeout instead of returning the status
   * @return the job status
   */
  public JobStatus waitForCompletion(Duration timeout, boolean raiseOnFailure, boolean raiseOnTimeout) {
    return waitForCompletion(WaitOptions.builder().timeout(timeout).raiseOnFailure(raiseOnFailure)
        .raiseOnTimeout(raiseOnTimeout).build());
  }

  /**
   * Waits as {@code options} say: timeout, failure/timeout handling, cancellation, progress listener.
   *
   * @param options the options
   * @return the job status
   */
  public JobStatus waitForCompletion(WaitOptions options) {
    Objects.requireNonNull(options, "options == null");
    return SyncWaiter.await(this, options);
  }

  Dto.Job job() {
    Dto.Job cached = cachedJob();
    if (cached != null && statusOf(cached).isFinal()) {
      return cached;
    }
    return refresh();
  }

  Dto.@Nullable Job cachedJob() {
    synchronized (lock) {
      return latest;
    }
  }

  /**
   * {@code GET /jobs/{id}}; checks the job belongs to this connection before keeping it.
   *
   * @return the job
   */
  Dto.Job refresh() {
    Dto.Job fetched = connection.workspace().publicApi().getJob(jobId);
    if (fetched.connectionId != null && !fetched.connectionId.equalsIgnoreCase(connection.connectionId())) {
      throw new AirbyteInputException("Job " + jobId + " belongs to connection " + fetched.connectionId
          + ", not " + connection.connectionId() + ".");
    }
    remember(fetched);
    return fetched;
  }

  private void remember(Dto.Job job) {
    synchronized (lock) {
      latest = job;
      freshSeed = false;
    }
  }

  static JobStatus statusOf(Dto.Job job) {
    return JobStatus.of(job.status == null ? "unknown" : job.status);
  }

  /** No I/O: shows the last status seen, if any. */
  @Override
  public String toString() {
    Dto.Job cached = cachedJob();
    return "SyncResult{connectionId=" + connection.connectionId() + ", jobId=" + jobId + ", status="
        + (cached == null ? "(not fetched)" : statusOf(cached)) + "}";
  }
}
