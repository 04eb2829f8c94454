package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Logs;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.domain.AirbyteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Waits for a job to become final, polling with growing pauses. Written as a step function: {@link Wait#observe}
 * makes one poll (riding out an outage) and {@link Wait#next} turns what it saw into a decision (done, pause, or
 * timed out), so that a scheduler-driven variant can reuse it; {@link #await} is the blocking loop over it,
 * {@link AsyncJobWaiter} the scheduled one, and both end with {@link #finish}.
 *
 * <p>The timeout is measured on the workspace's clock and on the pauses taken, whichever reaches it first: a
 * stopped or slow clock (such as {@code Clock.fixed} in a test) cannot make a wait endless.
 */
final class JobWaiter {
  private final Clock clock;
  private final Sleeper sleeper;
  private final PollPolicy defaultPolicy;
  private final AirbyteEventListener events;

  JobWaiter(Clock clock, Sleeper sleeper, PollPolicy defaultPolicy, AirbyteEventListener events) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.defaultPolicy = defaultPolicy;
    this.events = events;
  }

  /** The job being waited for, as its handle exposes it. */
  interface PolledJob {
    /** The first observation: the create-job answer if still fresh, else one poll. */
    JobView first();

    /** One poll. */
    JobView poll();

    /** Cancels the job and returns the status Airbyte reports. */
    JobStatus cancel();

    long jobId();

    String connectionId();

    String jobUrl();
  }

  /** What to do after an observation. */
  sealed interface Step permits Done, Pause, TimedOut {}

  /** The job is final with {@code status}. */
  record Done(JobStatus status) implements Step {}

  /** Poll again after {@code pause}. */
  record Pause(Duration pause) implements Step {}

  /** The timeout passed with the job in {@code status}. */
  record TimedOut(JobStatus status) implements Step {}

  /** Starts a wait now, as {@code options} say. */
  Wait begin(WaitOptions options) {
    return new Wait(options);
  }

  /**
   * Waits for {@code job} as {@code options} say; see {@link WaitOptions}. A poll that fails for want of Airbyte
   * (no answer, 429, 5xx, after the retries of that request) does not end the wait: polling goes on with growing
   * pauses until the job is seen final or the wait's own timeout passes ({@link Wait#observe}).
   */
  JobStatus await(PolledJob job, WaitOptions options) {
    Wait wait = begin(options);
    wait.observe(job::first);
    Step step = wait.next();
    while (step instanceof Pause pause) {
      sleeper.sleep(pause.pause());
      wait.observe(job::poll);
      step = wait.next();
    }
    return finish(job, wait, step);
  }

  /**
   * The outcome of {@code wait}, which ended with {@code step} ({@link Done} or {@link TimedOut}): the status, or
   * the exception its options ask for; cancels the job on a timeout if told to.
   */
  JobStatus finish(PolledJob job, Wait wait, Step step) {
    if (step instanceof Done done) {
      if (wait.options.isRaiseOnFailure() && done.status().isFailure()) {
        throw new SyncFailedException(job.connectionId(), job.jobId(), done.status(), job.jobUrl());
      }
      return done.status();
    }
    return timedOut(job, wait, ((TimedOut) step).status());
  }

  private JobStatus timedOut(PolledJob job, Wait wait, JobStatus status) {
    WaitOptions options = wait.options;
    AirbyteException failure = wait.failure;
    JobStatus last = status;
    boolean cancelled = false;
    if (options.isCancelOnTimeout()) {
      try {
        last = job.cancel();
        cancelled = true;
      } catch (AirbyteApiException | AirbyteTransportException e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e); // Airbyte is still away: the job could not be cancelled either
      }
    }
    if (!options.isRaiseOnTimeout()) {
      return last;
    }
    if (failure != null) {
      throw new SyncTimeoutException(job.connectionId(), job.jobId(), last, job.jobUrl(), options.getTimeout(),
          cancelled, wait.seenAt, failure);
    }
    throw new SyncTimeoutException(job.connectionId(), job.jobId(), last, job.jobUrl(), options.getTimeout(),
        cancelled);
  }

  /** Statuses of an Airbyte that is away for a while, not of a refused request. */
  private static boolean isOutage(int status) {
    return status == 429 || status >= 500;
  }

  /**
   * One wait in progress: its start, deadline and the pauses taken so far, and what its polls saw (the last job
   * observed, when, and the failure of the last poll if it failed). The blocking and the scheduled wait both go
   * {@link #observe} then {@link #next} per poll, so they pause, give up and fail alike.
   */
  final class Wait {
    private final WaitOptions options;
    private final PollPolicy policy;
    private final Instant start;
    private final Instant deadline;
    private Duration paused = Duration.ZERO;
    private int polls;
    private @Nullable JobView job;
    private @Nullable Instant seenAt;
    private @Nullable AirbyteException failure;

    private Wait(WaitOptions options) {
      this.options = options;
      PollPolicy chosen = options.getPollPolicy();
      this.policy = chosen != null ? chosen : defaultPolicy;
      this.start = clock.instant();
      this.deadline = start.plus(options.getTimeout());
    }

    /**
     * Makes one poll and keeps what it saw. A poll that fails for want of Airbyte (no answer, 429, 5xx) is kept as
     * this wait's failure for {@link #next} to pause blind on; any other failure ends the wait by propagating.
     */
    void observe(Supplier<JobView> poll) {
      try {
        job = poll.get();
        seenAt = clock.instant();
        failure = null;
      } catch (AirbyteTransportException e) {
        failure = e;
      } catch (AirbyteApiException e) {
        if (!isOutage(e.statusCode())) {
          throw e;
        }
        failure = e;
      }
    }

    /**
     * What comes after the last {@link #observe}: reports the job seen to the listener and decides on it, or,
     * after a failed poll, waits and polls again while the timeout allows; counts the pause it asks for.
     */
    Step next() {
      JobView seen = job;
      if (seen == null || failure != null) {
        return pauseOrTimeOut(seen == null ? JobStatus.PENDING : seen.status().get(), clock.instant());
      }
      JobStatus status = seen.status().get();
      Instant now = clock.instant();
      report(Objects.requireNonNullElse(seen.connectionId(), ""), seen, status, Duration.between(start, now));
      if (status.isFinal()) {
        return new Done(status);
      }
      return pauseOrTimeOut(status, now);
    }

    private Step pauseOrTimeOut(JobStatus status, Instant now) {
      Duration left = Duration.between(now, deadline);
      Duration budget = options.getTimeout().minus(paused);
      if (budget.compareTo(left) < 0) {
        left = budget;
      }
      if (left.isZero() || left.isNegative()) {
        return new TimedOut(status);
      }
      Duration pause = policy.intervalBefore(polls++);
      pause = pause.compareTo(left) < 0 ? pause : left;
      paused = paused.plus(pause);
      return new Pause(pause);
    }

    private void report(String connectionId, JobView job, JobStatus status, Duration elapsed) {
      SyncProgress progress = SyncProgress.builder()
          .jobId(job.jobId())
          .status(status)
          .recordsSynced(job.rowsSynced() == null ? 0 : job.rowsSynced())
          .bytesSynced(job.bytesSynced() == null ? 0 : job.bytesSynced())
          .elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed)
          .build();
      Logs.SYNC.debug("Job {} of connection {}: {}, {} records, {} bytes after {} s", progress.getJobId(),
          connectionId, status.wireValue(), progress.getRecordsSynced(), progress.getBytesSynced(),
          progress.getElapsed().toSeconds());
      events.syncProgress(connectionId, progress);
      SyncProgressListener listener = options.getProgressListener();
      if (listener != null) {
        listener.onProgress(progress);
      }
    }
  }
}
