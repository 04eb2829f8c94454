package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.RequestPattern;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * server.faults().on("GET /api/public/v1/jobs/*").during(Duration.ofSeconds(4)).respond(503);
 * server.faults().on("POST /api/v1/state/create_or_update_safe").truncateBodyAfterHandling();
 * }</pre>
 *
 * <p>Faults that act "after handling" let the request take effect (a job starts, a state is stored) and spoil only
 * the answer; the others are applied before authentication and before any state change.
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
    return new Rule(book, RequestPattern.parse(pattern), 1, null);
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
    private final @Nullable Duration window;

    Rule(FaultBook book, RequestPattern pattern, int times, @Nullable Duration window) {
      this.book = book;
      this.pattern = pattern;
      this.times = times;
      this.window = window;
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
      return new Rule(book, pattern, count, null);
    }

    /**
     * Returns a copy that hits every matching request for {@code window} from the moment the fault is armed, as
     * the fake's clock (the builder's {@code clock}) measures it: an outage of that length. Replaces
     * {@link #times(int)}.
     *
     * @param window how long the fault lasts; positive
     * @return this
     */
    public Rule during(Duration window) {
      Objects.requireNonNull(window, "window == null");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window <= 0: " + window);
      }
      return new Rule(book, pattern, times, window);
    }

    private void arm(FaultBook.Fault fault) {
      if (window != null) {
        book.addWindow(pattern, window, fault);
      } else {
        book.add(pattern, times, fault);
      }
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
      arm(new FaultBook.Fault(FaultBook.Kind.STATUS, status, null, Duration.ZERO));
    }

    /**
     * Answers {@code status} with a problem whose title echoes the request: its headers (the bearer token
     * included) and body (a client secret included), as a careless server or proxy does. For tests that no
     * secret reaches a message. The request is not handled.
     *
     * @param status the status
     */
    public void respondEchoingTheRequest(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("not an HTTP error status: " + status);
      }
      arm(new FaultBook.Fault(FaultBook.Kind.ECHO, status, null, Duration.ZERO));
    }

    /**
   * Answers 429 without a {@code Retry-After} header.
   */
    public void tooManyRequests() {
      arm(new FaultBook.Fault(FaultBook.Kind.STATUS, 429, null, Duration.ZERO));
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
      arm(new FaultBook.Fault(FaultBook.Kind.STATUS, 429, retryAfter, Duration.ZERO));
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
      arm(new FaultBook.Fault(FaultBook.Kind.DELAY, 0, null, delay));
    }

    /**
     * Starts a 200 response and closes the socket in the middle of its body, without handling the
     * request; the client sees an I/O error.
     */
    public void dropConnection() {
      arm(new FaultBook.Fault(FaultBook.Kind.DROP, 0, null, Duration.ZERO));
    }

    /**
     * Handles the request normally (state changes happen, e.g. a job starts) but closes the socket
     * in the middle of the response, so the client cannot know it succeeded: the case that makes
     * {@code POST /jobs} retries dangerous. Unlike the other faults this one is applied after the
     * state change, on purpose.
     */
    public void dropConnectionAfterHandling() {
      arm(new FaultBook.Fault(FaultBook.Kind.DROP_AFTER_HANDLING, 0, null, Duration.ZERO));
    }

    /**
     * Handles the request normally (state changes happen), then replaces the body of the answer with {@code body},
     * keeping its status and content type: for answers that are not JSON, or not the JSON the client expects
     * ({@code "{\"x\":NaN}"}).
     *
     * @param body the body sent instead
     */
    public void replaceBodyAfterHandling(String body) {
      Objects.requireNonNull(body, "body == null");
      arm(FaultBook.Fault.replaceBody(body));
    }

    /**
     * Handles the request normally (state changes happen), then sends only the first half of the answer's body,
     * as a complete response of that length: the client reads a JSON document that ends too early.
     */
    public void truncateBodyAfterHandling() {
      arm(FaultBook.Fault.truncateBody(-1));
    }

    /**
     * Like {@link #truncateBodyAfterHandling()}, keeping the first {@code keep} characters of the body.
     *
     * @param keep how many characters are sent; at least 0
     */
    public void truncateBodyAfterHandling(int keep) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep < 0: " + keep);
      }
      arm(FaultBook.Fault.truncateBody(keep));
    }

    /**
     * Handles the request normally (state changes happen), then holds the answer for {@code stall} of real time
     * before sending it: a client whose read timeout is shorter gives up on a request that took effect.
     * {@link FakeAirbyteServer#reset()}, {@link Faults#clear()} and closing the fake release held answers.
     *
     * @param stall how long the answer is held
     */
    public void stallAfterHandling(Duration stall) {
      Objects.requireNonNull(stall, "stall == null");
      if (stall.isNegative()) {
        throw new IllegalArgumentException("stall < 0: " + stall);
      }
      arm(new FaultBook.Fault(FaultBook.Kind.STALL, 0, null, stall));
    }
  }
}
