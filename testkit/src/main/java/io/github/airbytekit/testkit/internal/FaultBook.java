package io.github.airbytekit.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Armed faults, consumed first-armed-first by the requests they match: a counted rule hits its next {@code n}
 * requests, a window rule every request until its end on the fake's clock. Thread-safe.
 */
public final class FaultBook {
  /** What a fault does to the request it hits. */
  public enum Kind {
    /** Answers {@link Fault#status} without handling the request. */
    STATUS,
    /** Like {@link #STATUS}, with a problem title that echoes the request: its headers and body. */
    ECHO,
    /** Handles the request; the transport holds the response headers for {@link Fault#delay}. */
    DELAY,
    /** Starts a 200 response and closes the socket in its body, without handling the request. */
    DROP,
    /** Handles the request, then the transport closes the socket in the middle of the answer. */
    DROP_AFTER_HANDLING,
    /** Handles the request, then the pipeline replaces the answer's body with {@link Fault#body}. */
    REPLACE_BODY,
    /** Handles the request, then the pipeline cuts the answer's body after {@link Fault#keep} characters. */
    TRUNCATE_BODY,
    /** Handles the request, then the pipeline holds the answer for {@link Fault#delay} (released by clear). */
    STALL
  }

  /** One fault as applied to one request. */
  public static final class Fault {
    public final Kind kind;
    public final int status;
    public final @Nullable Duration retryAfter;
    public final Duration delay;
    /** The replacement body of {@link Kind#REPLACE_BODY}, else null. */
    public final @Nullable String body;
    /** How many characters {@link Kind#TRUNCATE_BODY} keeps; negative: half of the body. */
    public final int keep;

    public Fault(Kind kind, int status, @Nullable Duration retryAfter, Duration delay) {
      this(kind, status, retryAfter, delay, null, -1);
    }

    private Fault(Kind kind, int status, @Nullable Duration retryAfter, Duration delay, @Nullable String body,
        int keep) {
      this.kind = kind;
      this.status = status;
      this.retryAfter = retryAfter;
      this.delay = delay;
      this.body = body;
      this.keep = keep;
    }

    /** A fault that replaces the handled answer's body with {@code body}. */
    public static Fault replaceBody(String body) {
      return new Fault(Kind.REPLACE_BODY, 0, null, Duration.ZERO, body, -1);
    }

    /** A fault that keeps the first {@code keep} characters of the handled answer (negative: half of it). */
    public static Fault truncateBody(int keep) {
      return new Fault(Kind.TRUNCATE_BODY, 0, null, Duration.ZERO, null, keep);
    }
  }

  private static final class Rule {
    final RequestPattern pattern;
    int remaining;
    final @Nullable Instant until;
    final Fault fault;

    Rule(RequestPattern pattern, int remaining, @Nullable Instant until, Fault fault) {
      this.pattern = pattern;
      this.remaining = remaining;
      this.until = until;
      this.fault = fault;
    }
  }

  private final Clock clock;
  private final List<Rule> rules = new ArrayList<>();
  private CountDownLatch stalls = new CountDownLatch(1);

  /** A book whose windows are measured on {@code clock}, the fake's. */
  public FaultBook(Clock clock) {
    this.clock = clock;
  }

  public synchronized void add(RequestPattern pattern, int times, Fault fault) {
    rules.add(new Rule(pattern, times, null, fault));
  }

  /** Arms {@code fault} for every matching request from now until {@code window} has passed on the fake's clock. */
  public synchronized void addWindow(RequestPattern pattern, Duration window, Fault fault) {
    rules.add(new Rule(pattern, Integer.MAX_VALUE, clock.instant().plus(window), fault));
  }

  /** Consumes and returns the first armed fault matching a request received at {@code now}, or null. */
  public synchronized @Nullable Fault take(String method, String path, Instant now) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.until != null && !now.isBefore(rule.until)) {
        it.remove();
        continue;
      }
      if (rule.pattern.matches(method, path)) {
        if (rule.until == null && --rule.remaining <= 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  /** Counted faults still armed, plus one for each window not yet over. */
  public synchronized int armed() {
    Instant now = clock.instant();
    int total = 0;
    for (Rule rule : rules) {
      if (rule.until == null) {
        total += rule.remaining;
      } else if (now.isBefore(rule.until)) {
        total++;
      }
    }
    return total;
  }

  /** Disarms every fault and releases every stalled answer. */
  public void clear() {
    CountDownLatch released;
    synchronized (this) {
      rules.clear();
      released = stalls;
      stalls = new CountDownLatch(1);
    }
    released.countDown();
  }

  /** Holds the calling (server) thread for {@code duration} of real time, or until {@link #clear()}. */
  void stall(Duration duration) {
    CountDownLatch current;
    synchronized (this) {
      current = stalls;
    }
    try {
      current.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
