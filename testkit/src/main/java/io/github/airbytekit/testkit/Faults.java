package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.RequestPattern;
import java.time.Duration;
import java.util.Objects;

/**
 * Arms failures for the next requests that match a {@code "METHOD /path"} pattern. A fault is
 * applied before authentication and before any state change, so a faulted {@code POST /jobs}
 * starts no job. Faults are consumed in the order they were armed; {@link FakeAirbyteServer#reset()}
 * disarms them all.
 *
 * <pre>{@code
 * server.faults().on("POST /api/public/v1/jobs").times(2).respond(503);
 * server.faults().on("GET /api/public/v1/jobs/*").tooManyRequests(Duration.ofSeconds(1));
 * server.faults().on("POST /api/v1/state/get").dropConnection();
 * }</pre>
 */
public final class Faults {
  private final FaultBook book;

  Faults(FaultBook book) {
    this.book = book;
  }

  /**
   * Starts arming a fault for requests matching {@code pattern}, e.g. {@code "POST
   * /api/public/v1/jobs"}; {@code *} matches one path segment, {@code **} any rest.
   *
   * @param pattern a {@code "METHOD /path"} pattern
   * @throws IllegalArgumentException if the pattern is not {@code "METHOD /path"}
   * @return a rule hitting the next matching request; refine with {@link Rule#times(int)}
   */
  public Rule on(String pattern) {
    return new Rule(book, RequestPattern.parse(pattern), 1);
  }

  /**
   * Returns how many faulted requests are still armed.
   *
   * @return how many faulted requests are still armed
   */
  public int armed() {
    return book.armed();
  }

  /**
   * Disarms every fault.
   */
  public void clear() {
    book.clear();
  }

  /**
   * A fault being armed: choose how many requests it hits with {@link #times(int)}, then what
   * happens to them.
   */
  public static final class Rule {
    private final FaultBook book;
    private final RequestPattern pattern;
    private final int times;

    Rule(FaultBook book, RequestPattern pattern, int times) {
      this.book = book;
      this.pattern = pattern;
      this.times = times;
    }

    /**
   * Returns a copy that hits the next {@code count} matching requests (default 1).
   *
   * @param count how many
   * @return this
   */
    public Rule times(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("count < 1: " + count);
      }
      return new Rule(book, pattern, count);
    }

    /**
   * Answers with {@code status} (e.g. 503) and a problem-JSON body.
   *
   * @param status the status
   */
    public void respond(int status) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
      book.add(pattern, times, new FaultBook.Fault(FaultBook.Kind.STATUS, status, null, Duration.ZERO));
    }

    /**
   * Answers 429 without a {@code Retry-After} header.
   */
    public void tooManyRequests() {
      book.add(pattern, times, new FaultBook.Fault(FaultBook.Kind.STATUS, 429, null, Duration.ZERO));
    }

    /**
   * Answers 429 with {@code Retry-After} set to {@code retryAfter} in whole seconds.
   *
   * @param retryAfter the {@code Retry-After} value
   */
    public void tooManyRequests(Duration retryAfter) {
      Objects.requireNonNull(retryAfter, "retryAfter == null");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter < 0: " + retryAfter);
      }
      book.add(pattern, times, new FaultBook.Fault(FaultBook.Kind.STATUS, 429, retryAfter, Duration.ZERO));
    }

    /**
   * Serves the request normally, but only after {@code delay} (the response headers wait).
   *
   * @param delay the delay
   */
    public void delay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay < 0: " + delay);
      }
      book.add(pattern, times, new FaultBook.Fault(FaultBook.Kind.DELAY, 0, null, delay));
    }

    /**
     * Starts a 200 response and closes the socket in the middle of its body, without handling the
     * request; the client sees an I/O error.
     */
    public void dropConnection() {
      book.add(pattern, times, new FaultBook.Fault(FaultBook.Kind.DROP, 0, null, Duration.ZERO));
    }

    /**
     * Handles the request normally (state changes happen, e.g. a job starts) but closes the socket
     * in the middle of the response, so the client cannot know it succeeded: the case that makes
     * {@code POST /jobs} retries dangerous. Unlike the other faults this one is applied after the
     * state change, on purpose.
     */
    public void dropConnectionAfterHandling() {
      book.add(
          pattern, times, new FaultBook.Fault(FaultBook.Kind.DROP_AFTER_HANDLING, 0, null, Duration.ZERO));
    }
  }
}
