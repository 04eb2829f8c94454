package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time that moves only when the code under test sleeps: a clock and a sleeper sharing one instant, with actions
 * that run (on the sleeping thread) once the instant reaches their time. Share the clock with the fake to give
 * client and server one timeline; nothing depends on how fast the machine is.
 */
final class VirtualTime {
  private final Instant start;
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();
  private final TreeMap<Instant, List<Runnable>> scheduled = new TreeMap<>();

  VirtualTime(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** Starts at the current second, so that timestamps look like today's. */
  static VirtualTime startingNow() {
    return new VirtualTime(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
  }

  synchronized Instant now() {
    return now;
  }

  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }

  /** Records each pause and moves time forward by it, running what falls due. */
  Sleeper sleeper() {
    return pause -> {
      synchronized (this) {
        sleeps.add(pause);
      }
      if (!pause.isNegative()) {
        advance(pause);
      }
    };
  }

  /** Runs {@code action} on the first sleep that reaches {@code offset} after the start. */
  synchronized void at(Duration offset, Runnable action) {
    scheduled.computeIfAbsent(start.plus(offset), t -> new ArrayList<>()).add(action);
  }

  void advance(Duration by) {
    List<Runnable> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(by);
      Iterator<Map.Entry<Instant, List<Runnable>>> entries = scheduled.headMap(now, true).entrySet().iterator();
      while (entries.hasNext()) {
        due.addAll(entries.next().getValue());
        entries.remove();
      }
    }
    due.forEach(Runnable::run);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
