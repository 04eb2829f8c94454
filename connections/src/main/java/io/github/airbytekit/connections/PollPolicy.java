package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How often a running job is polled while waiting for it: the interval starts at {@link #getInitialInterval()}
 * and grows by {@link #getMultiplier()} up to {@link #getMaxInterval()}.
 *
 * <pre>{@code
 * PollPolicy fast = PollPolicy.builder()
 *     .initialInterval(Duration.ofMillis(100))
 *     .maxInterval(Duration.ofSeconds(1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class PollPolicy {
  PollPolicy() {}

  /** {@return the default policy: 1 s, doubling, up to 10 s} */
  public static PollPolicy defaults() {
    return builder().build();
  }

  /** {@return a new builder with the defaults of {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the wait before the first poll, 1 s by default} */
  @Value.Default
  public Duration getInitialInterval() {
    return Duration.ofSeconds(1);
  }

  /** {@return the longest wait between two polls, 10 s by default} */
  @Value.Default
  public Duration getMaxInterval() {
    return Duration.ofSeconds(10);
  }

  /** {@return the factor (at least 1, 2 by default) by which the interval grows after each poll} */
  @Value.Default
  public double getMultiplier() {
    return 2.0;
  }

  /**
   * The interval before poll number {@code poll}.
   *
   * @param poll the 0-based poll number
   * @return the initial interval times the multiplier to the power {@code poll}, at most the maximum
   */
  public Duration intervalBefore(int poll) {
    double millis = getInitialInterval().toMillis() * Math.pow(getMultiplier(), Math.min(poll, 64));
    return millis >= getMaxInterval().toMillis() ? getMaxInterval() : Duration.ofMillis((long) millis);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getInitialInterval().isNegative() || getInitialInterval().isZero()) {
      problems.add("initialInterval must be positive, was " + getInitialInterval());
    }
    if (getMaxInterval().compareTo(getInitialInterval()) < 0) {
      problems.add("maxInterval (" + getMaxInterval() + ") must not be shorter than initialInterval ("
          + getInitialInterval() + ")");
    }
    if (!(getMultiplier() >= 1.0)) {
      problems.add("multiplier must be at least 1, was " + getMultiplier());
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid PollPolicy: " + String.join("; ", problems));
    }
  }

  /** Builds a {@link PollPolicy}, reporting every invalid setting at once; each setting may be set once. */
  public static final class Builder extends ImmutablePollPolicy.Builder {
    Builder() {}
  }
}
