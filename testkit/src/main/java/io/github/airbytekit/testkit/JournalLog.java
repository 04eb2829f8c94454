package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.CallRecorder;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * The append-only list behind {@link RequestJournal}, holding the newest {@code capacity} requests (older ones are
 * dropped and counted); thread-safe, waits are signalled.
 */
final class JournalLog implements CallRecorder {
  private final int capacity;
  private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
  /** Requests recorded since the last clear, dropped ones included. */
  private long recorded;
  private long dropped;
  private int tokensMinted;

  JournalLog(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void record(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      int responseStatus,
      Instant receivedAt) {
    if (calls.size() == capacity) {
      calls.removeFirst();
      dropped++;
    }
    calls.addLast(
        new RecordedCall(
            (int) recorded, method, path, query, headers, body, responseStatus, receivedAt));
    recorded++;
    notifyAll();
  }

  @Override
  public synchronized void tokenMinted() {
    tokensMinted++;
  }

  @Override
  public synchronized void clear() {
    calls.clear();
    recorded = 0;
    dropped = 0;
    tokensMinted = 0;
  }

  synchronized List<RecordedCall> snapshot() {
    return List.copyOf(calls);
  }

  synchronized int tokensMinted() {
    return tokensMinted;
  }

  synchronized long recorded() {
    return recorded;
  }

  synchronized long dropped() {
    return dropped;
  }

  /** Waits up to {@code deadlineNanos} (System.nanoTime) for a request after the first {@code known}; false on timeout. */
  synchronized boolean awaitChange(long known, long deadlineNanos) throws InterruptedException {
    while (recorded == known) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
