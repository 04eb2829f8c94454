package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How often a running job is polled while waiting for it: the interval starts at
 * {@link #getInitialInterval()} and grows by {@link #getMultiplier()} up to {@link #getMaxInterval()}.
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

  /**
   * The default: 1 s, doubling, up to 10 s.
   *
   * @return the default: 1 s, doubling, up to 10 s
   */
  public static PollPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts a policy with the defaults of {@link #defaults()}.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutablePollPolicy.builder();
  }

  /**
   * The wait before the first poll.
   *
   * @return the wait before the first poll
   */
  @Value.Default
  public Duration getInitialInterval() {
    return Duration.ofSeconds(1);
  }

  /**
   * The longest wait between two polls.
   *
   * @return the longest wait between two polls
   */
  @Value.Default
  public Duration getMaxInterval() {
    return Duration.ofSeconds(10);
  }

  /**
   * The factor by which the interval grows after each poll (at least 1).
   *
   * @return the factor by which the interval grows after each poll (at least 1)
   */
  @Value.Default
  public double getMultiplier() {
    return 2.0;
  }

  /**
   * The interval before poll number {@code poll} (0-based).
   *
   * @param poll the 0-based poll number
   * @return the interval before poll number {@code poll} (0-based)
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

  /** Builds a {@link PollPolicy}; every setting is optional. */
  public interface Builder {
    /**
     * See {@link PollPolicy#getInitialInterval()}.
     *
     * @param initialInterval the first interval
     * @return this builder
     */
    Builder initialInterval(Duration initialInterval);

    /**
     * See {@link PollPolicy#getMaxInterval()}.
     *
     * @param maxInterval the longest interval
     * @return this builder
     */
    Builder maxInterval(Duration maxInterval);

    /**
     * See {@link PollPolicy#getMultiplier()}.
     *
     * @param multiplier the growth factor
     * @return this builder
     */
    Builder multiplier(double multiplier);

    /**
     * Builds the policy, reporting every invalid setting at once.
     *
     * @return the poll policy
     */
    PollPolicy build();
  }
}
