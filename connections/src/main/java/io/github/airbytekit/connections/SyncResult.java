package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.JobDetails;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Times;
import io.github.airbytekit.domain.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
 * <p>Status and counters are fetched with {@code GET /jobs/{id}} on each call until the job is final; after that
 * the final values are cached. For several fields of a running job at once, use {@link #snapshot()}: one request,
 * one consistent observation. Thread-safe.
 */
public final class SyncResult {
  private final CloudConnection connection;
  private final ConnectionDetails details;
  private final Collaborators collaborators;
  private final long jobId;
  private final Object lock = new Object();
  private @Nullable JobView latest;
  private @Nullable List<SyncAttempt> finalAttempts;
  private boolean freshSeed;

  SyncResult(CloudConnection connection, ConnectionDetails details, Collaborators collaborators, long jobId,
      @Nullable JobView seed, boolean freshSeed) {
    this.connection = connection;
    this.details = details;
    this.collaborators = collaborators;
    this.jobId = jobId;
    this.latest = seed;
    this.freshSeed = seed != null && freshSeed;
  }

  /** {@return the job id} */
  public long jobId() {
    return jobId;
  }

  /** {@return the connection the job belongs to} */
  public CloudConnection connection() {
    return connection;
  }

  /**
   * One consistent observation of the job: status, type, start, duration, counters and URL from a single
   * {@code GET /jobs/{id}} (none once the job is known to be final). Prefer it to several getters when printing or
   * comparing fields of a running job: each getter polls again, so their values may come from different polls.
   * Like {@link #startTime()}, asks the Config API only if the start time is unparseable.
   *
   * @return the job as of one fetch
   */
  public JobSnapshot snapshot() {
    JobView job = job();
    return JobSnapshot.builder()
        .jobId(jobId)
        .status(job.status().get())
        .jobType(job.jobType() == null ? JobType.SYNC : job.jobType())
        .startTime(startTimeOf(job))
        .duration(Times.parseDuration(job.duration()))
        .bytesSynced(job.bytesSynced() == null ? 0 : job.bytesSynced())
        .recordsSynced(job.rowsSynced() == null ? 0 : job.rowsSynced())
        .jobUrl(jobUrl())
        .build();
  }

  /** {@return the current status (one request unless the job is known to be final)} */
  public JobStatus status() {
    return job().status().get();
  }

  /** {@return whether the job is final: succeeded, failed or cancelled (same request rule as {@link #status()})} */
  public boolean isComplete() {
    return status().isFinal();
  }

  /** {@return the job type, such as {@link JobType#SYNC} (one request unless already seen)} */
  public JobType jobType() {
    JobView job = cachedJob();
    if (job == null || job.jobType() == null) {
      job = refresh();
    }
    return job.jobType() == null ? JobType.SYNC : job.jobType();
  }

  /** {@return the bytes synced so far (0 when Airbyte does not say)} */
  public long bytesSynced() {
    Long bytes = job().bytesSynced();
    return bytes == null ? 0 : bytes;
  }

  /** {@return the records (rows) synced so far (0 when Airbyte does not say)} */
  public long recordsSynced() {
    Long rows = job().rowsSynced();
    return rows == null ? 0 : rows;
  }

  /**
   * When the job started. The public API's {@code startTime} is parsed leniently (ISO-8601 with {@code T} or a
   * space, naive as UTC, date only, Unix seconds or milliseconds); if it cannot be parsed, the Config API's
   * {@code jobs/get} is asked for the job's start.
   *
   * @return the start, from the public API or else the Config API
   * @throws AirbyteInputException if neither API gives a start
   */
  public Instant startTime() {
    return startTimeOf(job());
  }

  private Instant startTimeOf(JobView job) {
    Instant parsed = Times.parseInstant(job.startTime());
    if (parsed != null) {
      return parsed;
    }
    JobDetails info = collaborators.config.job(jobId, details.connectionId());
    Long seconds = info.startedAt() != null ? info.startedAt() : info.createdAt();
    if (seconds != null) {
      return Instant.ofEpochSecond(seconds);
    }
    throw new AirbyteInputException("Job " + jobId + " has no parseable start time ('" + job.startTime() + "').");
  }

  /** {@return how long the job ran (Airbyte's ISO-8601 {@code duration}), or null when not reported} */
  public @Nullable Duration duration() {
    return Times.parseDuration(job().duration());
  }

  /** {@return the job in the web UI: {@code {jobHistoryUrl}#{jobId}::0} (no I/O)} */
  public String jobUrl() {
    return collaborators.links.job(details.connectionId(), jobId);
  }

  /** {@return the connection's currently selected stream names (not necessarily what this job synced)} */
  public List<String> streamNames() {
    return CloudConnection.streamNames(details.get());
  }

  /**
   * Cancels the job ({@code DELETE /jobs/{id}}) and returns the status Airbyte reports afterwards. Cancelling a
   * final job is a no-op that returns its status without a request.
   *
   * @return the status after cancelling
   */
  public JobStatus cancel() {
    JobView cached = cachedJob();
    if (cached != null && cached.isFinal()) {
      return cached.status().get();
    }
    details.requireSameWorkspace();
    JobView cancelled = collaborators.jobs.cancel(jobId, details.connectionId());
    remember(cancelled);
    return cancelled.status().get();
  }

  /** {@return the job's attempts with their logs (one Config API {@code jobs/get}; cached once the job is final)} */
  public List<SyncAttempt> attempts() {
    synchronized (lock) {
      if (finalAttempts != null) {
        return finalAttempts;
      }
    }
    JobDetails info = collaborators.config.job(jobId, details.connectionId());
    List<SyncAttempt> attempts = new ArrayList<>();
    for (int i = 0; i < info.attempts().size(); i++) {
      attempts.add(new SyncAttempt(jobId, i, info.attempts().get(i)));
    }
    List<SyncAttempt> result = List.copyOf(attempts);
    if (info.status() != null && info.status().isFinal()) {
      synchronized (lock) {
        finalAttempts = result;
      }
    }
    return result;
  }

  /**
   * What each stream moved in the job: the stream stats of every attempt added up per stream (records committed by
   * an attempt that later failed stay committed), streams in the order Airbyte first reported them. One Config
   * API {@code jobs/get}, as {@link #attempts()}.
   *
   * @return one entry per stream; empty when Airbyte reported no stream stats
   */
  public List<StreamSyncStats> streamStats() {
    Map<StreamId, StreamSyncStats> byStream = new LinkedHashMap<>();
    for (SyncAttempt attempt : attempts()) {
      for (StreamSyncStats stats : attempt.streamStats()) {
        byStream.merge(stats.getStream(), stats, SyncResult::sum);
      }
    }
    return List.copyOf(byStream.values());
  }

  private static StreamSyncStats sum(StreamSyncStats a, StreamSyncStats b) {
    return StreamSyncStats.builder().stream(a.getStream())
        .recordsEmitted(a.getRecordsEmitted() + b.getRecordsEmitted())
        .bytesEmitted(a.getBytesEmitted() + b.getBytesEmitted())
        .recordsCommitted(a.getRecordsCommitted() + b.getRecordsCommitted())
        .bytesCommitted(a.getBytesCommitted() + b.getBytesCommitted())
        .build();
  }

  /**
   * Why the job failed: the failure reasons of its last attempt (origin, type, message and, when one stream
   * caused it, the stream). One Config API {@code jobs/get}, as {@link #attempts()}.
   *
   * @return the last attempt's failures; empty when it did not fail (or the job has no attempts)
   */
  public List<JobFailure> failures() {
    List<SyncAttempt> attempts = attempts();
    return attempts.isEmpty() ? List.of() : attempts.get(attempts.size() - 1).failures();
  }

  /** {@return the logs of every attempt, in order, each after a header line} */
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
   * Waits up to 30 minutes for a final status.
   *
   * @return the final status, failed or cancelled ones included
   * @throws SyncTimeoutException if the job is still running after 30 minutes
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
   * @return the final status, or the last one seen on a timeout that does not raise
   */
  public JobStatus waitForCompletion(Duration timeout, boolean raiseOnFailure, boolean raiseOnTimeout) {
    return waitForCompletion(WaitOptions.builder().timeout(timeout).raiseOnFailure(raiseOnFailure)
        .raiseOnTimeout(raiseOnTimeout).build());
  }

  /**
   * Waits as {@code options} say: timeout, failure and timeout handling, cancellation, progress listener.
   *
   * @param options the options
   * @return the final status, or the last one seen on a timeout that does not raise
   */
  public JobStatus waitForCompletion(WaitOptions options) {
    Objects.requireNonNull(options, "options == null");
    return collaborators.waiter.await(new Polled(), options);
  }

  /**
   * Waits up to 30 minutes for a final status without blocking; see {@link #waitForCompletionAsync(WaitOptions)}.
   *
   * @return a future of the final status
   */
  public CompletableFuture<JobStatus> waitForCompletionAsync() {
    return waitForCompletionAsync(WaitOptions.builder().build());
  }

  /**
   * Waits as {@code options} say without blocking the caller: the polls run on the workspace's shared scheduler
   * (no thread is held while pausing), with the same pauses, timeout and outcome as
   * {@link #waitForCompletion(WaitOptions)}, whose exceptions fail the future instead of being thrown.
   * Cancelling the returned future stops polling; it also cancels the job on Airbyte only with
   * {@link WaitOptions#isCancelOnAbort()}. Cancel this future itself: cancelling one derived from it (such as
   * {@code thenApply}'s) does not reach the wait.
   *
   * @param options the options
   * @return a future of the final status, or of the last one seen on a timeout that does not raise
   */
  public CompletableFuture<JobStatus> waitForCompletionAsync(WaitOptions options) {
    Objects.requireNonNull(options, "options == null");
    return collaborators.async.await(new Polled(), options);
  }

  private JobView job() {
    JobView cached = cachedJob();
    if (cached != null && cached.isFinal()) {
      return cached;
    }
    return refresh();
  }

  private @Nullable JobView cachedJob() {
    synchronized (lock) {
      return latest;
    }
  }

  /** {@code GET /jobs/{id}}; checks the job belongs to this connection before keeping it. */
  private JobView refresh() {
    JobView fetched = collaborators.jobs.get(jobId, details.connectionId());
    String owner = fetched.connectionId();
    if (owner != null && !owner.equalsIgnoreCase(details.connectionId())) {
      throw new AirbyteInputException("Job " + jobId + " belongs to connection " + owner + ", not "
          + details.connectionId() + ".");
    }
    remember(fetched);
    return fetched;
  }

  private void remember(JobView job) {
    synchronized (lock) {
      latest = job;
      freshSeed = false;
    }
  }

  /** This job as the waiter sees it. */
  private final class Polled implements JobWaiter.PolledJob {
    @Override
    public JobView first() {
      // The create-job answer counts as the first observation: no GET right after POST /jobs.
      synchronized (lock) {
        if (freshSeed && latest != null) {
          freshSeed = false;
          return latest;
        }
      }
      return job();
    }

    @Override
    public JobView poll() {
      return refresh();
    }

    @Override
    public JobStatus cancel() {
      return SyncResult.this.cancel();
    }

    @Override
    public long jobId() {
      return jobId;
    }

    @Override
    public String connectionId() {
      return details.connectionId();
    }

    @Override
    public String jobUrl() {
      return SyncResult.this.jobUrl();
    }
  }

  /** No I/O: shows the last status seen, if any. */
  @Override
  public String toString() {
    JobView cached = cachedJob();
    return "SyncResult{connectionId=" + details.connectionId() + ", jobId=" + jobId + ", status="
        + (cached == null ? "(not fetched)" : cached.status().orElse(JobStatus.of("unknown"))) + "}";
  }
}
