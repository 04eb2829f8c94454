package io.github.airbytekit.connections.internal.snapshot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The bounded pool of a snapshot or a live diff: daemon threads (a forgotten run never keeps a JVM alive), named
 * by what they do, at most as many as asked and as there are tasks.
 */
final class Workers {
  private Workers() {}

  /**
   * Runs {@code task} for each index below {@code count} on at most {@code concurrency} threads and returns when
   * every task has ended.
   *
   * @throws InterruptedException when the calling thread is interrupted: the tasks are interrupted and waited for
   *     (at most a minute) first, and the interrupt flag is left cleared for the caller to finish up
   */
  static void runAll(String prefix, int concurrency, int count, IntConsumer task) throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, count)),
        named(prefix));
    try {
      for (int i = 0; i < count; i++) {
        int index = i;
        workers.execute(() -> task.accept(index));
      }
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // keep waiting: each worker ends when its requests do (every request has a timeout)
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      awaitStopped(workers);
      throw e;
    }
  }

  /** Waits (at most a minute, however often interrupted) for interrupted workers to finish their task. */
  private static void awaitStopped(ExecutorService workers) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      try {
        if (workers.awaitTermination(1, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException again) {
        // keep waiting: the caller must not finish up while a worker may still be writing
      }
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
