package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real scheduler: its threads, and what shutting it down does. No step waits for more than zero time. */
class PollingSchedulerTest {
  @Test
  void startsNoThreadUntilFirstUseAndStopsItsThreadsOnShutdown() throws Exception {
    PollingScheduler scheduler = new PollingScheduler();
    assertThat(threadsOf(scheduler)).isEmpty();

    CompletableFuture<String> ran = new CompletableFuture<>();
    scheduler.schedule(Duration.ZERO, () -> ran.complete(Thread.currentThread().getName()));

    assertThat(ran.get(10, TimeUnit.SECONDS)).matches("airbytekit-wait-\\d+-io-1");
    assertThat(threadsOf(scheduler)).hasSizeBetween(1, 2).allMatch(Thread::isDaemon);
    scheduler.shutdown();
    for (Thread thread : threadsOf(scheduler)) {
      thread.join(10_000);
    }
    assertThat(threadsOf(scheduler)).isEmpty();
    assertThatThrownBy(() -> scheduler.execute(() -> {})).isExactlyInstanceOf(AirbyteException.class)
        .hasMessage("The workspace is closed: no asynchronous wait can run.");
  }

  @Test
  void aCancelledStepNeverRuns() throws Exception {
    PollingScheduler scheduler = new PollingScheduler();
    List<String> ran = new ArrayList<>();
    try {
      scheduler.schedule(Duration.ofDays(1), () -> ran.add("late")).cancel();
      CompletableFuture<Void> after = new CompletableFuture<>();
      scheduler.schedule(Duration.ZERO, () -> after.complete(null));
      after.get(10, TimeUnit.SECONDS);
    } finally {
      scheduler.shutdown();
    }
    assertThat(ran).isEmpty();
  }

  private static List<Thread> threadsOf(PollingScheduler scheduler) {
    String prefix = scheduler.threadNamePrefix();
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix) && thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }
}
