package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Transport;
import io.github.airbytekit.connections.internal.snapshot.LimiterEvents;
import io.github.airbytekit.connections.internal.snapshot.SharedRateLimiter;
import io.github.airbytekit.connections.internal.snapshot.WorkerCalls;

/**
 * A transport of the workspace's settings for a run of many workers (snapshot, live diff, restore): its retries
 * also feed one {@link SharedRateLimiter}, so a 429's {@code Retry-After} seen by one worker holds back every
 * worker; it uses the workspace's token source (no second token is minted).
 */
final class LimitedTransport implements AutoCloseable {
  final SharedRateLimiter limiter;
  final Transport transport;

  private LimitedTransport(SharedRateLimiter limiter, Transport transport) {
    this.limiter = limiter;
    this.transport = transport;
  }

  static LimitedTransport open(CloudWorkspace workspace, WorkspaceSettings settings) {
    SharedRateLimiter limiter = new SharedRateLimiter(settings.clock, settings.sleeper);
    CloudWorkspace.Builder limited = settings.copy();
    limited.eventListener = new LimiterEvents(settings.eventListener, limiter);
    return new LimitedTransport(limiter, limited.transport(workspace.transport()));
  }

  /** The calls of the workers of {@code workspaceId}'s run, through this transport and its limiter. */
  WorkerCalls calls(String workspaceId) {
    return new WorkerCalls(workspaceId, transport.config(), transport.jobs(), limiter);
  }

  @Override
  public void close() {
    transport.close();
  }
}
