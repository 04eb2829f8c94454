package io.github.airbytekit.connections;

import java.time.Duration;

/**
 * Runs the steps of the asynchronous waits of one workspace: each step (an HTTP call and a decision) runs now or
 * after a pause, and no wait holds a thread while it pauses. {@link PollingScheduler} is the real one; tests drive
 * one on virtual time.
 */
interface WaitScheduler {
  /** A step that has not run yet. */
  @FunctionalInterface
  interface Scheduled {
    /** Makes sure the step does not run, if it has not started. */
    void cancel();
  }

  /**
   * Runs {@code step} as soon as a worker is free.
   *
   * @throws io.github.airbytekit.domain.AirbyteException once the scheduler is shut down
   */
  void execute(Runnable step);

  /**
   * Runs {@code step} once {@code delay} has passed.
   *
   * @throws io.github.airbytekit.domain.AirbyteException once the scheduler is shut down
   */
  Scheduled schedule(Duration delay, Runnable step);

  /** Stops the threads; steps not yet started never run. */
  void shutdown();
}
