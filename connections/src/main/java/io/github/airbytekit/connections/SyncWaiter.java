package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.domain.AirbyteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls a job until it is final or the timeout passes, with growing intervals. The timeout is measured on
 * the workspace's clock and on real elapsed time, whichever passes first: pauses are real, so a stopped or
 * slow clock (e.g. {@code Clock.fixed} in a test) must not make the wait endless.
 */
final class SyncWaiter {
  private SyncWaiter() {}

  static JobStatus await(SyncResult result, WaitOptions options) {
    CloudWorkspace workspace = result.connection().workspace();
    Clock clock = workspace.clock();
    PollPolicy poll = options.getPollPolicy() != null ? options.getPollPolicy() : workspace.pollPolicy();
    Instant start = clock.instant();
    Instant deadline = start.plus(options.getTimeout());
    long realStart = System.nanoTime();
    // The create-job response counts as the first observation: no GET right after POST /jobs.
    Dto.Job job = result.takeFreshSeed();
    if (job == null) {
      job = result.job();
    }
    for (int polls = 0; ; polls++) {
      JobStatus status = SyncResult.statusOf(job);
      report(options, job, status, Duration.between(start, clock.instant()));
      if (status.isFinal()) {
        if (options.isRaiseOnFailure() && status.isFailure()) {
          throw new SyncFailedException(result.connection().connectionId(), result.jobId(), status,
              result.jobUrl());
        }
        return status;
      }
      Instant now = clock.instant();
      Duration left = Duration.between(now, deadline);
      Duration realLeft = options.getTimeout().minusNanos(System.nanoTime() - realStart);
      if (realLeft.compareTo(left) < 0) {
        left = realLeft;
      }
      if (left.isZero() || left.isNegative()) {
        return timedOut(result, options, status);
      }
      Duration pause = poll.intervalBefore(polls);
      sleep(pause.compareTo(left) < 0 ? pause : left);
      job = result.refresh();
    }
  }

  private static JobStatus timedOut(SyncResult result, WaitOptions options, JobStatus status) {
    JobStatus last = status;
    if (options.isCancelOnTimeout()) {
      last = result.cancel();
    }
    if (options.isRaiseOnTimeout()) {
      throw new SyncTimeoutException(result.connection().connectionId(), result.jobId(), last,
          result.jobUrl(), options.getTimeout(), options.isCancelOnTimeout());
    }
    return last;
  }

  private static void report(WaitOptions options, Dto.Job job, JobStatus status, Duration elapsed) {
    SyncProgressListener listener = options.getProgressListener();
    if (listener != null) {
      listener.onProgress(SyncProgress.builder()
          .jobId(job.jobId)
          .status(status)
          .recordsSynced(job.rowsSynced == null ? 0 : job.rowsSynced)
          .bytesSynced(job.bytesSynced == null ? 0 : job.bytesSynced)
          .elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed)
          .build());
    }
  }

  static void sleep(Duration pause) {
    if (pause.isZero() || pause.isNegative()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirbyteException("Interrupted while waiting for an Airbyte job.", e);
    }
  }
}
