package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.SyncProgress;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Passes events to the user's listener; an exception it throws is logged and never breaks the operation. */
public final class SafeEventListener implements AirbyteEventListener {
  private final AirbyteEventListener delegate;

  private SafeEventListener(AirbyteEventListener delegate) {
    this.delegate = delegate;
  }

  /** {@code listener}, guarded (once). */
  public static AirbyteEventListener of(AirbyteEventListener listener) {
    return listener instanceof SafeEventListener || listener == AirbyteEventListener.NONE
        ? listener : new SafeEventListener(listener);
  }

  private void guard(String event, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      Logs.EVENTS.warn("Event listener {} failed in {}: {}", delegate.getClass().getName(), event, e.toString());
    }
  }

  @Override
  public void callStart(String method, String url) {
    guard("callStart", () -> delegate.callStart(method, url));
  }

  @Override
  public void callEnd(String method, String url, int statusCode, Duration took) {
    guard("callEnd", () -> delegate.callEnd(method, url, statusCode, took));
  }

  @Override
  public void callFailed(String method, String url, IOException failure, Duration took) {
    guard("callFailed", () -> delegate.callFailed(method, url, failure, took));
  }

  @Override
  public void retry(String method, String url, int attempt, Duration delay, String reason) {
    guard("retry", () -> delegate.retry(method, url, attempt, delay, reason));
  }

  @Override
  public void tokenMinted(@Nullable Duration lifetime) {
    guard("tokenMinted", () -> delegate.tokenMinted(lifetime));
  }

  @Override
  public void syncProgress(String connectionId, SyncProgress progress) {
    guard("syncProgress", () -> delegate.syncProgress(connectionId, progress));
  }
}
