package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries idempotent reads on 429/502/503/504 and on I/O failures with capped exponential backoff, jitter
 * and {@code Retry-After}. Every other request (writes, {@code POST /jobs}) passes through untouched:
 * repeating a write could apply it twice.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
  // Config API operations are all POST, but these only read.
  private static final List<String> IDEMPOTENT_POST_SUFFIXES =
      List.of("/state/get", "/web_backend/connections/get", "/jobs/get", "/applications/token");

  private final RetryPolicy policy;
  private final Sleeper sleeper;

  /** Pauses between attempts; replaced in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Retries as {@code policy} says, pausing with {@code sleeper}. */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper) {
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /** Whether {@code request} may be sent again without changing anything on the server. */
  public static boolean isIdempotent(Request request) {
    String method = request.method();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    if (method.equals("POST")) {
      String path = request.url().encodedPath();
      for (String suffix : IDEMPOTENT_POST_SUFFIXES) {
        if (path.endsWith(suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isIdempotent(request) || policy.getMaxAttempts() <= 1) {
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
        pause(backoff(attempt), e);
        continue;
      }
      if (last || !RETRYABLE.contains(response.code())) {
        return response;
      }
      Duration delay = backoff(attempt);
      Duration retryAfter = retryAfter(response.header("Retry-After"));
      if (retryAfter != null) {
        if (retryAfter.compareTo(policy.getMaxRetryAfter()) > 0) {
          return response; // The server asks for a longer pause than allowed: report it instead of hanging.
        }
        delay = retryAfter;
      }
      response.close();
      pause(delay, null);
    }
  }

  Duration backoff(int attempt) {
    return Backoff.delay(policy, attempt);
  }

  private void pause(Duration delay, @Nullable IOException pending) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while backing off");
      if (pending != null) {
        interrupted.addSuppressed(pending);
      }
      throw interrupted;
    }
  }

  /** Parses {@code Retry-After} as delta-seconds or an HTTP date; {@code null} when absent or invalid. */
  static @Nullable Duration retryAfter(@Nullable String header) {
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
        Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
