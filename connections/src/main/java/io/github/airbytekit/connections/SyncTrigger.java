package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Backoff;
import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.Times;
import java.time.Instant;
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

  private SyncTrigger() {}

  static SyncResult start(CloudConnection connection) {
    CloudWorkspace workspace = connection.workspace();
    RetryPolicy policy = workspace.retryPolicy();
    Instant requestedAt = workspace.clock().instant();
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
      SyncResult created = findCreatedSince(connection, requestedAt);
      if (created != null) {
        return created;
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
   * A job the failed request may have created: a non-final sync job, or one that started at or after the
   * request (a finished job from before it is never adopted).
   *
   * @param connection the connection
   * @param requestedAt the requested at
   * @return a job the failed request may have created: a non-final sync job, or one that started at or after the  request (a finished job from before it is never adopted)
   */
  private static @Nullable SyncResult findCreatedSince(CloudConnection connection, Instant requestedAt) {
    for (Dto.Job job : recentSyncJobs(connection)) {
      Instant started = Times.parseInstant(job.startTime);
      if (!SyncResult.statusOf(job).isFinal() || started != null && !started.isBefore(requestedAt)) {
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
