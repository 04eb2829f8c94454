package io.github.airbytekit.connections.internal;

/** Supplies the bearer token for both Airbyte APIs. */
public interface TokenSource {
  /** A valid token, fetching one if needed. */
  String token();

  /** Forgets {@code rejected} after a 401 so the next {@link #token()} fetches a new one. */
  void invalidate(String rejected);

  /** Whether a new token can be obtained after a 401. */
  boolean canRefresh();
}
