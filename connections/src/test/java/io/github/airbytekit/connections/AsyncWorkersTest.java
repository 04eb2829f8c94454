package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code asyncWorkers(…)} sizes the real scheduler's worker pool. Waits on a finished job decide at their first
 * observation, so no step pauses; a pool below its size starts a new worker for each step, which names the size.
 */
class AsyncWorkersTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private final FakeAirbyteServer server = AIRBYTE.server();

  /** The standard connection, whose syncs succeed at once. */
  private void seedConnection() {
    Fixtures.seedConnection(server, "nightly");
    server.jobs().script(CONNECTION_ID, FakeJobStatus.SUCCEEDED);
  }

  /**
   * The worker threads (name without the scheduler's number) on which six simultaneous waits for a job that has
   * succeeded reported.
   */
  private static Set<String> workersOfSixWaits(CloudWorkspace workspace) throws Exception {
    SyncResult finished = workspace.getConnection(CONNECTION_ID).runSync();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    WaitOptions options = WaitOptions.builder()
        .progressListener(p -> threads.add(Thread.currentThread().getName().replaceFirst("-\\d+-io-", "-io-")))
        .build();
    List<CompletableFuture<JobStatus>> waits = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waits.add(finished.waitForCompletionAsync(options));
    }
    for (CompletableFuture<JobStatus> wait : waits) {
      assertThat(wait.get(10, TimeUnit.SECONDS)).isEqualTo(JobStatus.SUCCEEDED);
    }
    return new TreeSet<>(threads);
  }

  @Test
  void fourWorkersByDefault() throws Exception {
    seedConnection();
    try (CloudWorkspace workspace = Fixtures.builder(server).build()) {
      assertThat(workersOfSixWaits(workspace)).containsExactly(
          "airbytekit-wait-io-1", "airbytekit-wait-io-2", "airbytekit-wait-io-3", "airbytekit-wait-io-4");
    }
  }

  @Test
  void asyncWorkersSetsHowManyThreadsMakeTheCalls() throws Exception {
    seedConnection();
    try (CloudWorkspace workspace = Fixtures.builder(server).asyncWorkers(2).build()) {
      assertThat(workersOfSixWaits(workspace)).containsExactly("airbytekit-wait-io-1", "airbytekit-wait-io-2");
    }
    try (CloudWorkspace workspace = Fixtures.builder(server).asyncWorkers(1).build()) {
      assertThat(workersOfSixWaits(workspace)).containsExactly("airbytekit-wait-io-1");
    }
  }

  @Test
  void fewerThanOneWorkerIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> Fixtures.builder(server).asyncWorkers(0).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("asyncWorkers must be at least 1, was 0.");
    assertThatThrownBy(() -> Fixtures.builder(server).asyncWorkers(-3).buildForConnection(CONNECTION_ID))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("asyncWorkers must be at least 1, was -3.");
    assertThat(server.requests().count()).isZero();
  }
}
