package io.github.airbytekit.connections.internal.snapshot;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a snapshot's, live diff's or restore's listener, one call at a time, counting what is done; what it
 * throws is logged and otherwise ignored.
 *
 * @param <E> the entry type the listener is told of
 */
public final class ListenerCalls<E> {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.airbytekit.snapshot");

  /** A listener's {@code entryFinished(entry, done, total)}. */
  @FunctionalInterface
  public interface Finished<E> {
    /** One more entry is done. */
    void accept(E entry, int done, int total);
  }

  private final Object listener;
  private final IntConsumer started;
  private final Finished<E> finished;
  private final int total;
  private int done;

  /** Calls on {@code listener}: {@code started(total)} and {@code finished(entry, done, total)}. */
  public ListenerCalls(Object listener, IntConsumer started, Finished<E> finished, int total) {
    this.listener = listener;
    this.started = started;
    this.finished = finished;
    this.total = total;
  }

  /** The run starts. */
  public synchronized void started() {
    try {
      started.accept(total);
    } catch (RuntimeException e) {
      LOG.warn("Listener {} failed in started: {}", listener.getClass().getName(), e.toString());
    }
  }

  /** One more entry is done. */
  public synchronized void finished(E entry) {
    try {
      finished.accept(entry, ++done, total);
    } catch (RuntimeException e) {
      LOG.warn("Listener {} failed in entryFinished: {}", listener.getClass().getName(), e.toString());
    }
  }
}
