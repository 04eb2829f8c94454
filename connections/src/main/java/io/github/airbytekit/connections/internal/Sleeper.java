package io.github.airbytekit.connections.internal;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;

/**
 * Pauses the calling thread. Every wait and back-off of the library goes through the workspace's sleeper, so a
 * test can replace real time with virtual time.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Pauses for {@code duration}; nothing happens for zero or a negative duration.
   *
   * @throws AirbyteException if the thread is interrupted (the interrupt flag stays set)
   */
  void sleep(Duration duration);

  /** {@code Thread.sleep}, keeping the interrupt flag and ending the wait with an {@link AirbyteException}. */
  static Sleeper system() {
    return duration -> {
      if (duration.isZero() || duration.isNegative()) {
        return;
      }
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AirbyteException("Interrupted while waiting for Airbyte.", e);
      }
    };
  }
}
