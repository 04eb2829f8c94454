package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Backoff;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.JobNotStartedException;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.connections.internal.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Starts a job (a sync with {@code POST /jobs}, or another type, see {@link JobStarter}): the start is not
 * idempotent, so after an ambiguous failure (I/O error, 429, 5xx) the job list is consulted before trying again. A job found there is adopted only if it cannot have
 * started before our first request (see {@link #isOurs}): a lost answer never reports an older sync as ours.
 */
final class SyncTrigger {
  private static final Set<Integer> AMBIGUOUS = Set.of(429, 500, 502, 503, 504);
  private static final int LOOKBACK = 5;

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
    return start(details, JobType.SYNC, () -> jobs.createSync(details.connectionId()), handles);
  }

  /**
   * Starts a job of {@code type} with {@code create}; an ambiguous failure is resolved from the job list of that
   * type, as for a sync.
   */
  SyncResult start(ConnectionDetails details, JobType type, Supplier<JobView> create, Handles handles) {
    details.requireSameWorkspace();
    String connectionId = details.connectionId();
    Instant sent = clock.instant(); // before the first POST: no job of ours can have started earlier
    long newestSeen = -1; // highest job id in an earlier recovery lookup; -1 = no lookup yet
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure;
      try {
        return handles.of(create.get(), true);
      } catch (SyncAlreadyRunningException e) {
        JobView running = findRunning(details, type);
        if (attempt > 1 && running != null && isOurs(running, sent, newestSeen)) {
          return handles.of(running, false); // The job our earlier, unanswered attempt created.
        }
        if (running == null && !type.equals(JobType.SYNC)) {
          running = findRunning(details, JobType.SYNC); // what blocks another job type is mostly a sync
        }
        throw new SyncAlreadyRunningException(connectionId, running == null ? null : handles.of(running, false), e);
      } catch (JobNotStartedException e) { // a refresh Airbyte kept for the next job, or one it cannot run
        JobView running = findRunning(details, type);
        if (running == null) {
          running = findRunning(details, null);
        }
        if (running == null) {
          throw e;
        }
        throw new SyncAlreadyRunningException(connectionId, handles.of(running, false), e);
      } catch (AirbyteApiException e) {
        if (!AMBIGUOUS.contains(e.statusCode())) {
          throw e;
        }
        failure = e;
      } catch (AirbyteTransportException | AirbyteWriteUnconfirmedException e) { // a job may have started
        failure = e;
      }
      List<JobView> recent = recentJobs(details, type);
      JobView created = findCreatedByUs(recent, sent, newestSeen);
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

  /** The newest open job of {@code type} (null: the types Airbyte lists by default), or null. */
  private @Nullable JobView findRunning(ConnectionDetails details, @Nullable JobType type) {
    for (JobView job : recentJobs(details, type)) {
      if (!job.isFinal()) {
        return job;
      }
    }
    return null;
  }

  /** The newest of {@code recent} that one of our unanswered requests may have created, or null. */
  private static @Nullable JobView findCreatedByUs(List<JobView> recent, Instant sent, long newestSeen) {
    for (JobView job : recent) {
      if (isOurs(job, sent, newestSeen)) {
        return job;
      }
    }
    return null;
  }

  /**
   * Whether {@code job} can only have been created by one of our requests, the first sent at {@code sent}: never a
   * job that started in an earlier second, running or finished, so a lost answer is never turned into the success
   * of an older sync. Adopted are
   * <ul>
   *   <li>a job with an id above every id an earlier lookup of this call saw (ids grow, so it was created after
   *       that lookup, i.e. after our first request; no clock involved);
   *   <li>a job whose {@code startTime} is in the second of {@code sent} or later. Airbyte renders whole seconds,
   *       so our own job started in the same second reads as that second; a foreign job started earlier within
   *       that second cannot be told apart (for a finished one it would have to start and end in that second).
   * </ul>
   * There is no allowance for clock skew. When Airbyte's clock lags ours, our own job looks older and is not
   * adopted: if it still runs, the retry meets 409 and {@link SyncAlreadyRunningException} names it; if it already
   * finished, the retry starts a second sync. Neither reports a sync that did not run.
   */
  private static boolean isOurs(JobView job, Instant sent, long newestSeen) {
    if (newestSeen >= 0 && job.jobId() > newestSeen) {
      return true;
    }
    Instant started = Times.parseInstant(job.startTime());
    return started != null && !started.isBefore(sent.truncatedTo(ChronoUnit.SECONDS));
  }

  private List<JobView> recentJobs(ConnectionDetails details, @Nullable JobType type) {
    return jobs.list(details.workspaceId(), details.connectionId(), LOOKBACK, 0, JobCalls.NEWEST_FIRST,
        type).data();
  }
}
