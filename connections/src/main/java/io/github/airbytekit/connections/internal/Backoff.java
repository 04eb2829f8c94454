package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Capped exponential backoff with jitter, shared by the read retries and the sync-trigger recovery. */
public final class Backoff {
  private Backoff() {}

  /** The pause after failed attempt {@code attempt} (1-based): capped doubling, then 50–100 % jitter. */
  public static Duration delay(RetryPolicy policy, int attempt) {
    long initial = policy.getInitialBackoff().toMillis();
    long cap = policy.getMaxBackoff().toMillis();
    long exponential = initial << Math.min(Math.max(attempt - 1, 0), 30);
    long capped = exponential < 0 || exponential > cap ? cap : exponential;
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
  }
}
