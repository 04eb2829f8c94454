package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a {@link SnapshotListener}, one call at a time, counting what is done; what it throws is logged. */
final class ListenerCalls {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.airbytekit.snapshot");

  private final SnapshotListener listener;
  private final int total;
  private int done;

  ListenerCalls(SnapshotListener listener, int total) {
    this.listener = listener;
    this.total = total;
  }

  synchronized void started() {
    try {
      listener.started(total);
    } catch (RuntimeException e) {
      LOG.warn("Snapshot listener {} failed in started: {}", listener.getClass().getName(), e.toString());
    }
  }

  synchronized void finished(SnapshotEntry entry) {
    try {
      listener.entryFinished(entry, ++done, total);
    } catch (RuntimeException e) {
      LOG.warn("Snapshot listener {} failed in entryFinished: {}", listener.getClass().getName(), e.toString());
    }
  }
}
