package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's scheduler for asynchronous waits: one timer thread that only hands due steps over, and a bounded
 * pool of workers ({@value #DEFAULT_WORKERS} unless {@code CloudWorkspace.Builder.asyncWorkers(int)} says otherwise)
 * that make the (blocking) HTTP calls. Threads start on first use, are daemon
 * threads, and idle workers end after a while; {@link #shutdown()} stops them all.
 */
final class PollingScheduler implements WaitScheduler {
  /** Workers making HTTP calls for asynchronous waits, per workspace, by default. */
  static final int DEFAULT_WORKERS = 4;
  private static final long IDLE_SECONDS = 30;
  private static final AtomicInteger SCHEDULERS = new AtomicInteger();

  private final Object lock = new Object();
  private final int number = SCHEDULERS.incrementAndGet();
  private final int workerCount;
  private @Nullable ScheduledThreadPoolExecutor timer;
  private @Nullable ThreadPoolExecutor workers;
  private boolean shutDown;

  /** A scheduler with {@value #DEFAULT_WORKERS} workers. */
  PollingScheduler() {
    this(DEFAULT_WORKERS);
  }

  /** A scheduler with {@code workers} workers (at least 1). */
  PollingScheduler(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers < 1: " + workers);
    }
    this.workerCount = workers;
  }

  @Override
  public void execute(Runnable step) {
    try {
      workers().execute(step);
    } catch (RejectedExecutionException e) {
      throw closed(e);
    }
  }

  @Override
  public Scheduled schedule(Duration delay, Runnable step) {
    ThreadPoolExecutor pool = workers();
    try {
      ScheduledFuture<?> due = timer().schedule(() -> {
        try {
          pool.execute(step);
        } catch (RejectedExecutionException shutDownMeanwhile) {
          // The step's wait has been failed by the shutdown already.
        }
      }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
      return () -> due.cancel(false);
    } catch (RejectedExecutionException e) {
      throw closed(e);
    }
  }

  @Override
  public void shutdown() {
    synchronized (lock) {
      shutDown = true;
      if (timer != null) {
        timer.shutdownNow();
      }
      if (workers != null) {
        workers.shutdownNow();
      }
    }
  }

  private ScheduledThreadPoolExecutor timer() {
    synchronized (lock) {
      requireOpen();
      if (timer == null) {
        ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, threads("timer"));
        created.setRemoveOnCancelPolicy(true);
        timer = created;
      }
      return timer;
    }
  }

  private ThreadPoolExecutor workers() {
    synchronized (lock) {
      requireOpen();
      if (workers == null) {
        ThreadPoolExecutor created = new ThreadPoolExecutor(workerCount, workerCount, IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), threads("io"));
        created.allowCoreThreadTimeOut(true);
        workers = created;
      }
      return workers;
    }
  }

  private void requireOpen() {
    if (shutDown) {
      throw closed(null);
    }
  }

  private static AirbyteException closed(@Nullable Throwable cause) {
    return new AirbyteException("The workspace is closed: no asynchronous wait can run.", cause);
  }

  /** {@return the start of the names of this scheduler's threads} */
  String threadNamePrefix() {
    return "airbytekit-wait-" + number + "-";
  }

  private ThreadFactory threads(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, threadNamePrefix() + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
