package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.JobView;
import java.util.List;

/**
 * What the workers of a snapshot, a live diff or a restore call Airbyte through: the workspace, its Config API and
 * jobs calls, and the pause they all share after a 429.
 *
 * @param workspaceId the workspace whose connections are read or written
 * @param config the Config API calls
 * @param jobs the jobs calls
 * @param limiter the shared pause every request waits for first
 */
public record WorkerCalls(String workspaceId, ConfigCalls config, JobCalls jobs, SharedRateLimiter limiter) {
  /** The newest job of {@code connectionId} (an empty list when it has none), after the shared pause. */
  public List<JobView> newestJob(String connectionId) {
    limiter.awaitTurn();
    return jobs.list(workspaceId, connectionId, 1, 0, JobCalls.NEWEST_FIRST, null).data();
  }
}
