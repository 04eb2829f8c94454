package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.CallRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The append-only list behind {@link RequestJournal}; thread-safe, waits are signalled. */
final class JournalLog implements CallRecorder {
  private final List<RecordedCall> calls = new ArrayList<>();
  private int tokensMinted;

  @Override
  public synchronized void record(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      int responseStatus,
      Instant receivedAt) {
    calls.add(
        new RecordedCall(
            calls.size(), method, path, query, headers, body, responseStatus, receivedAt));
    notifyAll();
  }

  @Override
  public synchronized void tokenMinted() {
    tokensMinted++;
  }

  @Override
  public synchronized void clear() {
    calls.clear();
    tokensMinted = 0;
  }

  synchronized List<RecordedCall> snapshot() {
    return List.copyOf(calls);
  }

  synchronized int tokensMinted() {
    return tokensMinted;
  }

  /** Waits up to {@code deadlineNanos} (System.nanoTime) for any change; false on timeout. */
  synchronized boolean awaitChange(int knownSize, long deadlineNanos) throws InterruptedException {
    while (calls.size() == knownSize) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
