package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries reads ({@link Idempotency#isRead}) on 429/502/503/504 and on I/O failures with capped exponential
 * backoff, jitter and {@code Retry-After}. Every other request (writes, {@code POST /jobs}) passes through
 * untouched: repeating a write could apply it twice.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final AirbyteEventListener events;

  /**
   * Retries as {@code policy} says, pausing with {@code sleeper}; {@code clock} dates {@code Retry-After}; each retry
   * is logged and reported to {@code events}.
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, AirbyteEventListener events) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Idempotency.isRead(request) || policy.getMaxAttempts() <= 1) {
      return chain.proceed(request);
    }
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.getMaxAttempts();
      Response response;
      try {
        response = chain.proceed(request);
        if (response.isSuccessful()) {
          // Buffer the whole body here so a connection lost mid-body is retried like any other I/O failure.
          try {
            response.body().source().request(Long.MAX_VALUE);
          } catch (IOException e) {
            response.close();
            throw e;
          }
        }
      } catch (IOException e) {
        // isInterrupted, not Thread.interrupted(): the caller must still see the interrupt after this throws.
        if (last || chain.call().isCanceled()
            || e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw e;
        }
        pause(request, attempt, Backoff.delay(policy, attempt), e.getClass().getSimpleName());
        continue;
      }
      if (last || !RETRYABLE.contains(response.code())) {
        return response;
      }
      Duration delay = Backoff.delay(policy, attempt);
      Duration retryAfter = retryAfter(response.header("Retry-After"), clock);
      if (retryAfter != null) {
        if (retryAfter.compareTo(policy.getMaxRetryAfter()) > 0) {
          return response; // The server asks for a longer pause than allowed: report it instead of hanging.
        }
        delay = retryAfter;
      }
      response.close();
      pause(request, attempt, delay, "HTTP " + response.code());
    }
  }

  private void pause(Request request, int attempt, Duration delay, String reason) {
    String url = Redaction.url(request.url());
    Logs.RETRY.info("Retrying {} {} after {} (attempt {} of {}) in {} ms", request.method(), url, reason, attempt,
        policy.getMaxAttempts(), delay.toMillis());
    events.retry(request.method(), url, attempt, delay, reason);
    sleeper.sleep(delay);
  }

  /**
   * Parses {@code Retry-After} as delta-seconds or an HTTP date (measured from {@code clock}); {@code null} when
   * absent or invalid.
   */
  static @Nullable Duration retryAfter(@Nullable String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(clock.instant(), at.toInstant());
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
