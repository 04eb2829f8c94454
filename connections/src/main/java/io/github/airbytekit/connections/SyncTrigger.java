package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Backoff;
import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.Times;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Starts a sync with {@code POST /jobs} without ever creating two jobs: the POST is not idempotent, so
 * after an ambiguous failure (I/O error, 429, 5xx) the job list is consulted before trying again.
 */
final class SyncTrigger {
  private static final Set<Integer> AMBIGUOUS = Set.of(429, 500, 502, 503, 504);
  private static final int LOOKBACK = 5;
  /**
   * How far the local clock may be ahead of Airbyte's for a finished job to still count as created by a
   * request whose answer was lost. Larger values adopt more recent foreign jobs (only when the lost request
   * never reached Airbyte); smaller ones risk a second job when this host's clock runs ahead.
   */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(2);

  private SyncTrigger() {}

  static SyncResult start(CloudConnection connection) {
    connection.requireSameWorkspace();
    CloudWorkspace workspace = connection.workspace();
    RetryPolicy policy = workspace.retryPolicy();
    // Airbyte renders startTime in whole seconds and its clock is not ours: see findCreatedByUs.
    Instant notBefore = workspace.clock().instant().truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW_ALLOWANCE);
    long newestSeen = -1; // highest job id in an earlier recovery lookup; -1 = no lookup yet
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure;
      try {
        Dto.Job job = workspace.publicApi().createJob(connection.connectionId(), JobType.SYNC.value());
        return new SyncResult(connection, job.jobId, job, true);
      } catch (AirbyteApiException e) {
        if (e.statusCode() == 409) {
          SyncResult running = findRunning(connection);
          if (attempt > 1 && running != null) {
            return running; // Most likely the job our earlier, unanswered attempt created.
          }
          throw new SyncAlreadyRunningException(connection.connectionId(), running, e);
        }
        if (!AMBIGUOUS.contains(e.statusCode())) {
          throw e;
        }
        failure = e;
      } catch (AirbyteTransportException e) {
        failure = e;
      }
      List<Dto.Job> recent = recentSyncJobs(connection);
      SyncResult created = findCreatedByUs(connection, recent, notBefore, newestSeen);
      if (created != null) {
        return created;
      }
      newestSeen = Math.max(newestSeen, 0);
      for (Dto.Job job : recent) {
        newestSeen = Math.max(newestSeen, job.jobId);
      }
      if (attempt >= policy.getMaxAttempts()) {
        throw failure;
      }
      SyncWaiter.sleep(Backoff.delay(policy, attempt));
    }
  }

  /**
   * The newest non-final sync job, if any.
   *
   * @param connection the connection
   * @return the newest non-final sync job, if any
   */
  private static @Nullable SyncResult findRunning(CloudConnection connection) {
    for (Dto.Job job : recentSyncJobs(connection)) {
      if (!SyncResult.statusOf(job).isFinal()) {
        return new SyncResult(connection, job.jobId, job, false);
      }
    }
    return null;
  }

  /**
   * A job one of our unanswered requests may have created, newest first. Adopted are:
   * <ul>
   *   <li>a non-final sync job (a second one could not be started anyway: Airbyte answers 409);
   *   <li>a job with an id above every id seen by an earlier lookup of this call (ids grow, so it was created
   *       after that lookup, i.e. by our retry — no clock involved);
   *   <li>a finished job whose {@code startTime} is at or after the request time truncated to whole seconds
   *       minus {@link #CLOCK_SKEW_ALLOWANCE}: Airbyte's second-precision time of a job created in the same
   *       second, or by a server whose clock lags ours by up to the allowance, still qualifies.
   * </ul>
   * A finished job that started earlier is never adopted. The price of the allowance: if the lost request
   * never reached Airbyte and another job of this connection finished within the allowance before it, that
   * job is returned instead of starting a new one (no second job is ever created by us).
   */
  private static @Nullable SyncResult findCreatedByUs(
      CloudConnection connection, List<Dto.Job> recent, Instant notBefore, long newestSeen) {
    for (Dto.Job job : recent) {
      Instant started = Times.parseInstant(job.startTime);
      if (!SyncResult.statusOf(job).isFinal()
          || newestSeen >= 0 && job.jobId > newestSeen
          || started != null && !started.isBefore(notBefore)) {
        return new SyncResult(connection, job.jobId, job, false);
      }
    }
    return null;
  }

  private static List<Dto.Job> recentSyncJobs(CloudConnection connection) {
    CloudWorkspace workspace = connection.workspace();
    Dto.JobsPage page = workspace.publicApi().listJobs(workspace.workspaceId(), connection.connectionId(),
        LOOKBACK, 0, JobHistory.NEWEST_FIRST, JobType.SYNC.value());
    return page.data == null ? List.of() : page.data;
  }
}
