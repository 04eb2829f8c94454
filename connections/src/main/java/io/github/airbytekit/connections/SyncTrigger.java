package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Backoff;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.connections.internal.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Starts a sync with {@code POST /jobs} without ever creating two jobs: the POST is not idempotent, so after an
 * ambiguous failure (I/O error, 429, 5xx) the job list is consulted before trying again.
 */
final class SyncTrigger {
  private static final Set<Integer> AMBIGUOUS = Set.of(429, 500, 502, 503, 504);
  private static final int LOOKBACK = 5;
  /**
   * How far the local clock may be ahead of Airbyte's for a finished job to still count as created by a request
   * whose answer was lost. Larger values adopt more recent foreign jobs (only when the lost request never reached
   * Airbyte); smaller ones risk a second job when this host's clock runs ahead.
   */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(2);

  /** Makes the handle of a job: {@code fresh} when it is the create-job answer, as good as a first poll. */
  @FunctionalInterface
  interface Handles {
    SyncResult of(JobView job, boolean fresh);
  }

  private final JobCalls jobs;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy policy;

  SyncTrigger(JobCalls jobs, Clock clock, Sleeper sleeper, RetryPolicy policy) {
    this.jobs = jobs;
    this.clock = clock;
    this.sleeper = sleeper;
    this.policy = policy;
  }

  SyncResult start(ConnectionDetails details, Handles handles) {
    details.requireSameWorkspace();
    String connectionId = details.connectionId();
    // Airbyte renders startTime in whole seconds and its clock is not ours: see findCreatedByUs.
    Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW_ALLOWANCE);
    long newestSeen = -1; // highest job id in an earlier recovery lookup; -1 = no lookup yet
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure;
      try {
        return handles.of(jobs.createSync(connectionId), true);
      } catch (SyncAlreadyRunningException e) {
        JobView running = findRunning(details);
        if (attempt > 1 && running != null) {
          return handles.of(running, false); // Most likely the job our earlier, unanswered attempt created.
        }
        throw new SyncAlreadyRunningException(connectionId, running == null ? null : handles.of(running, false), e);
      } catch (AirbyteApiException e) {
        if (!AMBIGUOUS.contains(e.statusCode())) {
          throw e;
        }
        failure = e;
      } catch (AirbyteTransportException e) {
        failure = e;
      }
      List<JobView> recent = recentSyncJobs(details);
      JobView created = findCreatedByUs(recent, notBefore, newestSeen);
      if (created != null) {
        return handles.of(created, false);
      }
      newestSeen = Math.max(newestSeen, 0);
      for (JobView job : recent) {
        newestSeen = Math.max(newestSeen, job.jobId());
      }
      if (attempt >= policy.getMaxAttempts()) {
        throw failure;
      }
      sleeper.sleep(Backoff.delay(policy, attempt));
    }
  }

  private @Nullable JobView findRunning(ConnectionDetails details) {
    for (JobView job : recentSyncJobs(details)) {
      if (!job.isFinal()) {
        return job;
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
   *   <li>a finished job whose {@code startTime} is at or after the request time truncated to whole seconds minus
   *       {@link #CLOCK_SKEW_ALLOWANCE}: Airbyte's second-precision time of a job created in the same second, or by
   *       a server whose clock lags ours by up to the allowance, still qualifies.
   * </ul>
   * A finished job that started earlier is never adopted. The price of the allowance: if the lost request never
   * reached Airbyte and another job of this connection finished within the allowance before it, that job is
   * returned instead of starting a new one (no second job is ever created by us).
   */
  private static @Nullable JobView findCreatedByUs(List<JobView> recent, Instant notBefore, long newestSeen) {
    for (JobView job : recent) {
      Instant started = Times.parseInstant(job.startTime());
      if (!job.isFinal()
          || newestSeen >= 0 && job.jobId() > newestSeen
          || started != null && !started.isBefore(notBefore)) {
        return job;
      }
    }
    return null;
  }

  private List<JobView> recentSyncJobs(ConnectionDetails details) {
    return jobs.list(details.workspaceId(), details.connectionId(), LOOKBACK, 0, JobCalls.NEWEST_FIRST,
        JobType.SYNC).data();
  }
}
