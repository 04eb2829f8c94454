package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.SyncProgress;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The user's listener, plus the snapshot's limiter told of every retry. */
public final class LimiterEvents implements AirbyteEventListener {
  private final AirbyteEventListener user;
  private final SharedRateLimiter limiter;

  /** Passes every event to {@code user} and retries also to {@code limiter}. */
  public LimiterEvents(AirbyteEventListener user, SharedRateLimiter limiter) {
    this.user = user;
    this.limiter = limiter;
  }

  @Override
  public void callStart(String method, String url) {
    user.callStart(method, url);
  }

  @Override
  public void callEnd(String method, String url, int statusCode, Duration took) {
    user.callEnd(method, url, statusCode, took);
  }

  @Override
  public void callFailed(String method, String url, IOException failure, Duration took) {
    user.callFailed(method, url, failure, took);
  }

  @Override
  public void retry(String method, String url, int attempt, Duration delay, String reason) {
    limiter.retried(delay, reason);
    user.retry(method, url, attempt, delay, reason);
  }

  @Override
  public void tokenMinted(@Nullable Duration lifetime) {
    user.tokenMinted(lifetime);
  }

  @Override
  public void syncProgress(String connectionId, SyncProgress progress) {
    user.syncProgress(connectionId, progress);
  }
}
