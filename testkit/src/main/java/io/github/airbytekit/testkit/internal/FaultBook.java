package io.github.airbytekit.testkit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Armed faults, consumed first-armed-first by the requests they match. Thread-safe. */
public final class FaultBook {
  /** What a fault does to the request it hits. */
  public enum Kind {
    STATUS,
    DELAY,
    DROP,
    DROP_AFTER_HANDLING
  }

  /** One fault as applied to one request. */
  public static final class Fault {
    public final Kind kind;
    public final int status;
    public final @Nullable Duration retryAfter;
    public final Duration delay;

    public Fault(Kind kind, int status, @Nullable Duration retryAfter, Duration delay) {
      this.kind = kind;
      this.status = status;
      this.retryAfter = retryAfter;
      this.delay = delay;
    }
  }

  private static final class Rule {
    final RequestPattern pattern;
    int remaining;
    final Fault fault;

    Rule(RequestPattern pattern, int remaining, Fault fault) {
      this.pattern = pattern;
      this.remaining = remaining;
      this.fault = fault;
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  public synchronized void add(RequestPattern pattern, int times, Fault fault) {
    rules.add(new Rule(pattern, times, fault));
  }

  /** Consumes and returns the first armed fault matching the request, or null. */
  public synchronized @Nullable Fault take(String method, String path) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.pattern.matches(method, path)) {
        if (--rule.remaining <= 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  public synchronized int armed() {
    int total = 0;
    for (Rule rule : rules) {
      total += rule.remaining;
    }
    return total;
  }

  public synchronized void clear() {
    rules.clear();
  }
}
