package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.domain.AirbyteException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous waits of one workspace: the steps of {@link JobWaiter.Wait} run on the workspace's
 * {@link WaitScheduler}, so a pausing wait holds no thread; being the blocking wait's steps, they poll through
 * outages, pause and time out exactly as it does. Cancelling a returned future stops its polling and,
 * with {@link WaitOptions#isCancelOnAbort()}, cancels the job on Airbyte. {@link #close()} fails the waits still
 * under way and stops the scheduler.
 */
final class AsyncJobWaiter {
  private final JobWaiter waiter;
  private final WaitScheduler scheduler;
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

  AsyncJobWaiter(JobWaiter waiter, WaitScheduler scheduler) {
    this.waiter = waiter;
    this.scheduler = scheduler;
  }

  /** Waits for {@code job} as {@code options} say, without blocking; the future fails as the blocking wait throws. */
  CompletableFuture<JobStatus> await(JobWaiter.PolledJob job, WaitOptions options) {
    Run run = new Run(job, options);
    track(run.future, () -> run.abort());
    run(run.future, () -> run.step(job::first));
    return run.future;
  }

  /**
   * Runs {@code start} (which starts a job) on a worker, then, if {@code options} say so, waits for the job;
   * cancelling the future cancels whichever is under way (and, if asked, the job once it exists).
   */
  CompletableFuture<SyncResult> startThenWait(Supplier<SyncResult> start, SyncOptions options) {
    CompletableFuture<SyncResult> future = new CompletableFuture<>();
    AtomicReference<@Nullable CompletableFuture<JobStatus>> wait = new AtomicReference<>();
    track(future, () -> {
      CompletableFuture<JobStatus> started = wait.get();
      if (started != null) {
        started.cancel(false);
      }
    });
    run(future, () -> {
      SyncResult result = start.get();
      if (future.isCancelled()) {
        if (options.getWaitOptions().isCancelOnAbort()) {
          result.cancel(); // cancelled while the job was being created
        }
        return;
      }
      if (!options.isWaitForCompletion()) {
        future.complete(result);
        return;
      }
      CompletableFuture<JobStatus> waiting = result.waitForCompletionAsync(options.getWaitOptions());
      wait.set(waiting);
      waiting.whenComplete((status, failure) -> {
        if (failure != null) {
          future.completeExceptionally(unwrap(failure));
        } else {
          future.complete(result);
        }
      });
      if (future.isCancelled()) {
        waiting.cancel(false); // cancelled between the start and the line above
      }
    });
    return future;
  }

  /** Stops the scheduler and fails every wait still under way. */
  void close() {
    scheduler.shutdown();
    for (CompletableFuture<?> future : pending) {
      future.completeExceptionally(new AirbyteException(
          "The workspace was closed while waiting asynchronously for a job; the job itself was not cancelled."));
    }
  }

  private void track(CompletableFuture<?> future, Runnable onCancel) {
    pending.add(future);
    future.whenComplete((value, failure) -> {
      pending.remove(future);
      if (future.isCancelled()) {
        onCancel.run();
      }
    });
  }

  /** Runs {@code body} on a worker; whatever it throws fails {@code future}. */
  private void run(CompletableFuture<?> future, Runnable body) {
    try {
      scheduler.execute(() -> guarded(future, body));
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  private static void guarded(CompletableFuture<?> future, Runnable body) {
    if (future.isDone()) {
      return;
    }
    try {
      body.run();
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  /** One wait: the blocking wait's step function, one step per scheduled task. */
  private final class Run {
    final JobWaiter.PolledJob job;
    final WaitOptions options;
    final JobWaiter.Wait wait;
    final CompletableFuture<JobStatus> future = new CompletableFuture<>();
    private volatile WaitScheduler.@Nullable Scheduled next;

    Run(JobWaiter.PolledJob job, WaitOptions options) {
      this.job = job;
      this.options = options;
      this.wait = waiter.begin(options);
    }

    /**
     * One step: one poll through the blocking wait's {@link JobWaiter.Wait#observe} (so an outage is ridden out
     * alike), its decision, then the next poll after the pause or the completed future.
     */
    void step(Supplier<JobView> poll) {
      wait.observe(poll);
      if (future.isDone()) {
        return; // cancelled during the poll
      }
      JobWaiter.Step step = wait.next();
      if (step instanceof JobWaiter.Pause pause) {
        next = scheduler.schedule(pause.pause(), () -> guarded(future, () -> step(job::poll)));
        if (future.isDone()) {
          cancelNext(); // cancelled while scheduling
        }
      } else {
        future.complete(waiter.finish(job, wait, step));
      }
    }

    void abort() {
      cancelNext();
      if (options.isCancelOnAbort()) {
        try {
          scheduler.execute(() -> {
            try {
              job.cancel();
            } catch (RuntimeException ignored) {
              // Nobody is left to tell: the caller cancelled the future and moved on.
            }
          });
        } catch (RuntimeException closed) {
          // The workspace is closed; the job keeps running.
        }
      }
    }

    private void cancelNext() {
      WaitScheduler.Scheduled scheduled = next;
      if (scheduled != null) {
        scheduled.cancel();
      }
    }
  }
}
