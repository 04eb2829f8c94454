package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How idempotent reads are retried: {@code GET}s and the Config API reads ({@code state/get},
 * {@code web_backend/connections/get}, {@code jobs/get}) are retried on HTTP 429, 502, 503, 504 and on
 * connection failures, with capped exponential backoff, jitter and {@code Retry-After}. Writes are never
 * retried blindly.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(6)
 *     .initialBackoff(Duration.ofMillis(200))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class RetryPolicy {
  RetryPolicy() {}

  /**
   * The default policy: 4 attempts, backoff 500 ms doubling up to 10 s, {@code Retry-After} up to 60 s.
   *
   * @return the default policy: 4 attempts, backoff 500 ms doubling up to 10 s, {@code Retry-After} up to 60 s
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * A policy that never retries.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Starts a policy with the defaults of {@link #defaults()}.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableRetryPolicy.builder();
  }

  /**
   * Attempts in total, the first included; 1 disables retries.
   *
   * @return attempts in total, the first included; 1 disables retries
   */
  @Value.Default
  public int getMaxAttempts() {
    return 4;
  }

  /**
   * The delay before the first retry; it doubles for each further retry.
   *
   * @return the delay before the first retry; it doubles for each further retry
   */
  @Value.Default
  public Duration getInitialBackoff() {
    return Duration.ofMillis(500);
  }

  /**
   * The longest delay between two attempts (before jitter).
   *
   * @return the longest delay between two attempts (before jitter)
   */
  @Value.Default
  public Duration getMaxBackoff() {
    return Duration.ofSeconds(10);
  }

  /**
   * The longest {@code Retry-After} honoured; a longer one fails the call instead of waiting.
   *
   * @return the longest {@code Retry-After} honoured; a longer one fails the call instead of waiting
   */
  @Value.Default
  public Duration getMaxRetryAfter() {
    return Duration.ofSeconds(60);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getMaxAttempts() < 1) {
      problems.add("maxAttempts must be at least 1, was " + getMaxAttempts());
    }
    if (getInitialBackoff().isNegative()) {
      problems.add("initialBackoff must not be negative, was " + getInitialBackoff());
    }
    if (getMaxBackoff().compareTo(getInitialBackoff()) < 0) {
      problems.add("maxBackoff (" + getMaxBackoff() + ") must not be shorter than initialBackoff ("
          + getInitialBackoff() + ")");
    }
    if (getMaxRetryAfter().isNegative()) {
      problems.add("maxRetryAfter must not be negative, was " + getMaxRetryAfter());
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid RetryPolicy: " + String.join("; ", problems));
    }
  }

  /** Builds a {@link RetryPolicy}; every setting is optional. */
  public interface Builder {
    /**
     * See {@link RetryPolicy#getMaxAttempts()}.
     *
     * @param maxAttempts attempts in total
     * @return this builder
     */
    Builder maxAttempts(int maxAttempts);

    /**
     * See {@link RetryPolicy#getInitialBackoff()}.
     *
     * @param initialBackoff the first delay
     * @return this builder
     */
    Builder initialBackoff(Duration initialBackoff);

    /**
     * See {@link RetryPolicy#getMaxBackoff()}.
     *
     * @param maxBackoff the longest delay
     * @return this builder
     */
    Builder maxBackoff(Duration maxBackoff);

    /**
     * See {@link RetryPolicy#getMaxRetryAfter()}.
     *
     * @param maxRetryAfter the longest Retry-After honoured
     * @return this builder
     */
    Builder maxRetryAfter(Duration maxRetryAfter);

    /**
     * Builds the policy, reporting every invalid setting at once.
     *
     * @return the retry policy
     */
    RetryPolicy build();
  }
}
