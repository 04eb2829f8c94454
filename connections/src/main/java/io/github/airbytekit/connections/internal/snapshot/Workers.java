package io.github.airbytekit.connections.internal.snapshot;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the snapshot's worker threads and makes them daemons, so a forgotten run never keeps a JVM alive. */
final class Workers {
  private Workers() {}

  static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
