package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link WaitScheduler} on {@link VirtualTime}: steps run on the test's thread, in order of their time, when
 * the test says so; running a step moves virtual time to it. Nothing ever sleeps.
 */
final class ManualScheduler implements WaitScheduler {
  private final VirtualTime time;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private final List<Duration> delays = new ArrayList<>();
  private long sequence;
  private boolean shutDown;

  ManualScheduler(VirtualTime time) {
    this.time = time;
  }

  private record Entry(Instant due, long sequence, Runnable step) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byTime = due.compareTo(other.due);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  @Override
  public synchronized void execute(Runnable step) {
    add(Duration.ZERO, step);
  }

  @Override
  public synchronized Scheduled schedule(Duration delay, Runnable step) {
    delays.add(delay);
    Entry entry = add(delay, step);
    return () -> remove(entry);
  }

  @Override
  public synchronized void shutdown() {
    shutDown = true;
    queue.clear();
  }

  /** Runs the next step, if any, and says whether one ran. */
  boolean runNext() {
    Entry next;
    synchronized (this) {
      next = queue.poll();
    }
    if (next == null) {
      return false;
    }
    Duration ahead = Duration.between(time.now(), next.due());
    if (!ahead.isNegative() && !ahead.isZero()) {
      time.advance(ahead);
    }
    next.step().run();
    return true;
  }

  /** Runs steps until none is left (at most 10,000, against a runaway wait). */
  void runUntilIdle() {
    for (int i = 0; i < 10_000; i++) {
      if (!runNext()) {
        return;
      }
    }
    throw new AssertionError("Still steps after 10,000: a wait that never ends?");
  }

  synchronized int pendingSteps() {
    return queue.size();
  }

  /** {@return the pauses asked for, in order} */
  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  private Entry add(Duration delay, Runnable step) {
    if (shutDown) {
      throw new AirbyteException("The workspace is closed: no asynchronous wait can run.");
    }
    Entry entry = new Entry(time.now().plus(delay), sequence++, step);
    queue.add(entry);
    return entry;
  }

  private synchronized void remove(Entry entry) {
    queue.remove(entry);
  }
}
