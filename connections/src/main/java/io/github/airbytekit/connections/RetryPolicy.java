package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How reads are retried: {@code GET}s, the token request and the Config API reads ({@code state/get},
 * {@code web_backend/connections/get}, {@code jobs/get}) are retried on HTTP 429, 502, 503, 504 and on connection
 * failures, with capped exponential backoff, jitter and {@code Retry-After}. Writes are never retried blindly;
 * {@code POST /jobs} is retried only after the job list shows it created nothing.
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

  /** {@return the default policy: 4 attempts, backoff 500 ms doubling up to 10 s, {@code Retry-After} up to 60 s} */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** {@return a new builder with the defaults of {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the attempts in total, the first included (4 by default); 1 disables retries} */
  @Value.Default
  public int getMaxAttempts() {
    return 4;
  }

  /** {@return the delay before the first retry (500 ms by default); it doubles for each further retry} */
  @Value.Default
  public Duration getInitialBackoff() {
    return Duration.ofMillis(500);
  }

  /** {@return the longest delay between two attempts before jitter, 10 s by default} */
  @Value.Default
  public Duration getMaxBackoff() {
    return Duration.ofSeconds(10);
  }

  /** {@return the longest {@code Retry-After} honoured (60 s by default); a longer one fails the call instead} */
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

  /** Builds a {@link RetryPolicy}, reporting every invalid setting at once; each setting may be set once. */
  public static final class Builder extends ImmutableRetryPolicy.Builder {
    Builder() {}
  }
}
