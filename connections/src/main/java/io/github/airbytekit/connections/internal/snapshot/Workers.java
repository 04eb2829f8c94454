package io.github.airbytekit.connections.internal.snapshot;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the snapshot's (and restore's) worker threads and makes them daemons, so a forgotten run never keeps a JVM
 * alive.
 */
public final class Workers {
  private Workers() {}

  /** {@return a factory of daemon threads named {@code prefix-1}, {@code prefix-2}, …} */
  public static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
