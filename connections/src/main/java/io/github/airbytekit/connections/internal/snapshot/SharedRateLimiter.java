package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.internal.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One pause shared by every worker of a snapshot. The transport's retry interceptor already repeats a read that got
 * 429 after its {@code Retry-After}; this limiter learns of that pause (through {@link LimiterEvents}) and holds
 * the other workers back until it is over, so they do not spend their own requests against the same limit.
 */
public final class SharedRateLimiter {
  private static final String TOO_MANY_REQUESTS = "HTTP 429";

  private final Clock clock;
  private final Sleeper sleeper;
  private Instant pausedUntil = Instant.MIN;

  /** A limiter pausing with {@code sleeper}, measuring with {@code clock}. */
  public SharedRateLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Holds every worker back for {@code delay} from now (a longer pause already set is kept). */
  public synchronized void pauseFor(Duration delay) {
    Instant until = clock.instant().plus(delay);
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /** Learns of a retry the transport is about to wait for: a 429's pause applies to every worker. */
  void retried(Duration delay, String reason) {
    if (TOO_MANY_REQUESTS.equals(reason)) {
      pauseFor(delay);
    }
  }

  /** Waits until no pause is in force; called before each request of a snapshot. */
  public void awaitTurn() {
    while (true) {
      Duration wait = remaining();
      if (wait.isZero() || wait.isNegative()) {
        return;
      }
      sleeper.sleep(wait);
    }
  }

  /** {@return how long the pause in force still lasts (zero or negative when none is)} */
  public synchronized Duration remaining() {
    return pausedUntil.equals(Instant.MIN) ? Duration.ZERO : Duration.between(clock.instant(), pausedUntil);
  }
}
