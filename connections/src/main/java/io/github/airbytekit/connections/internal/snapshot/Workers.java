package io.github.airbytekit.connections.internal.snapshot;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The bounded pool of a snapshot, a live diff or a restore: daemon threads (a forgotten run never keeps a JVM
 * alive), named by what they do, at most as many as asked and as there are tasks.
 */
public final class Workers {
  /** What an interrupt of the calling thread does to the tasks under way. */
  public enum OnInterrupt {
    /** Interrupt them (reads: what they were doing is redone by a rerun); wait at most a minute. */
    INTERRUPT_TASKS(Duration.ofMinutes(1)),
    /** Let them finish (writes: interrupting one could leave it half done); wait at most ten minutes. */
    FINISH_TASKS(Duration.ofMinutes(10));

    private final Duration grace;

    OnInterrupt(Duration grace) {
      this.grace = grace;
    }
  }

  private Workers() {}

  /**
   * Runs {@code task} for each index below {@code count} on at most {@code concurrency} threads and returns when
   * every task has ended. After an interrupt no task that has not started is started.
   *
   * @throws InterruptedException when the calling thread is interrupted: the tasks under way are interrupted or
   *     not, as {@code onInterrupt} says, and waited for first; the interrupt flag is left cleared for the caller
   *     to finish up
   */
  public static void runAll(String prefix, int concurrency, OnInterrupt onInterrupt, int count, IntConsumer task)
      throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, count)),
        named(prefix));
    AtomicBoolean stopping = new AtomicBoolean();
    try {
      for (int i = 0; i < count; i++) {
        int index = i;
        workers.execute(() -> {
          if (!stopping.get()) {
            task.accept(index);
          }
        });
      }
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // keep waiting: each worker ends when its requests do (every request has a timeout)
      }
    } catch (InterruptedException e) {
      stopping.set(true);
      if (onInterrupt == OnInterrupt.INTERRUPT_TASKS) {
        workers.shutdownNow();
      }
      awaitStopped(workers, onInterrupt.grace);
      throw e;
    }
  }

  /** Waits (at most {@code grace}, however often interrupted) for the workers to finish their task. */
  private static void awaitStopped(ExecutorService workers, Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
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
