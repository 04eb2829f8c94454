package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asynchronous waits, on a scheduler driven by virtual time: each step runs when the test says so. */
class AsyncWaitTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String GET_JOB_1 = "GET /api/public/v1/jobs/1";
  private static final String DELETE_JOB_1 = "DELETE /api/public/v1/jobs/1";
  private static final SyncOptions NO_WAIT = SyncOptions.builder().waitForCompletion(false).build();

  private FakeAirbyteServer server;
  private ManualScheduler scheduler;
  private CloudWorkspace workspace;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "nightly");
    VirtualTime time = VirtualTime.startingNow();
    scheduler = new ManualScheduler(time);
    workspace = Fixtures.builder(server, time).scheduler(scheduler).build();
    connection = workspace.getConnection(CONNECTION_ID);
  }

  /** A job that runs until told otherwise, started without waiting. */
  private SyncResult runningJob() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    return connection.runSync(NO_WAIT);
  }

  @Test
  void runSyncAsyncCompletesWithTheFinalJobAfterTheSamePollsAsTheBlockingWait() {
    List<SyncProgress> seen = new ArrayList<>();

    CompletableFuture<SyncResult> future = connection.runSyncAsync(SyncOptions.builder()
        .waitOptions(WaitOptions.builder().raiseOnFailure(true).progressListener(seen::add).build()).build());

    assertThat(future).isNotDone();
    assertThat(lines(server)).isEmpty(); // nothing runs on the caller's thread
    scheduler.runUntilIdle();
    SyncResult result = future.join();
    assertThat(result.jobId()).isEqualTo(1);
    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, GET_JOB_1, GET_JOB_1);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(seen).extracting(SyncProgress::getStatus)
        .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.SUCCEEDED);
  }

  @Test
  void aFailedSyncFailsTheFutureWithSyncFailedException() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);

    CompletableFuture<SyncResult> future = connection.runSyncAsync();
    scheduler.runUntilIdle();

    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .cause().isInstanceOfSatisfying(SyncFailedException.class, e -> {
          assertThat(e.jobId()).isEqualTo(1);
          assertThat(e.status()).isEqualTo(JobStatus.FAILED);
        });
  }

  @Test
  void waitForCompletionAsyncReturnsAFailureUnlessAskedToRaise() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.CANCELLED);
    SyncResult result = connection.runSync(NO_WAIT);

    CompletableFuture<JobStatus> future = result.waitForCompletionAsync();
    scheduler.runUntilIdle();

    assertThat(future.join()).isEqualTo(JobStatus.CANCELLED);
  }

  @Test
  void aTimeoutFailsTheFutureAndLeavesTheJobRunning() {
    SyncResult result = runningJob();

    CompletableFuture<JobStatus> future = result.waitForCompletionAsync(
        WaitOptions.builder().timeout(Duration.ofMillis(100)).build());
    scheduler.runUntilIdle();

    assertThatThrownBy(future::join).cause().isInstanceOfSatisfying(SyncTimeoutException.class, e -> {
      assertThat(e.status()).isEqualTo(JobStatus.RUNNING);
      assertThat(e.cancelled()).isFalse();
    });
    assertThat(scheduler.delays().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMillis(100));
    assertThat(lines(server)).doesNotContain(DELETE_JOB_1);
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.RUNNING);
  }

  @Test
  void cancellingTheFutureStopsPollingAndLeavesTheJobRunning() {
    SyncResult result = runningJob();
    CompletableFuture<JobStatus> future = result.waitForCompletionAsync();
    scheduler.runNext(); // the create-job answer: pending
    scheduler.runNext(); // first poll: running
    int requests = lines(server).size();

    assertThat(future.cancel(true)).isTrue();
    scheduler.runUntilIdle();

    assertThat(scheduler.pendingSteps()).isZero();
    assertThat(lines(server)).hasSize(requests).doesNotContain(DELETE_JOB_1);
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.RUNNING);
  }

  @Test
  void cancellingTheFutureWithCancelOnAbortCancelsTheJobOnAirbyte() {
    SyncResult result = runningJob();
    CompletableFuture<JobStatus> future = result.waitForCompletionAsync(
        WaitOptions.builder().cancelOnAbort(true).build());
    scheduler.runNext();
    scheduler.runNext();

    future.cancel(true);
    scheduler.runUntilIdle();

    assertThat(lines(server)).endsWith(GET_JOB_1, DELETE_JOB_1);
    assertThat(server.requests().matching(DELETE_JOB_1).count()).isEqualTo(1);
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.CANCELLED);
  }

  @Test
  void cancellingRunSyncAsyncDuringItsWaitReachesTheWait() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    CompletableFuture<SyncResult> future = connection.runSyncAsync(SyncOptions.builder()
        .waitOptions(WaitOptions.builder().cancelOnAbort(true).build()).build());
    scheduler.runNext(); // POST /jobs
    scheduler.runNext(); // the create-job answer
    scheduler.runNext(); // first poll

    future.cancel(true);
    scheduler.runUntilIdle();

    assertThat(lines(server)).endsWith(POST_JOBS, GET_JOB_1, DELETE_JOB_1);
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.CANCELLED);
  }

  @Test
  void cancellingRunSyncAsyncBeforeItStartsSendsNothing() {
    CompletableFuture<SyncResult> future = connection.runSyncAsync(SyncOptions.builder()
        .waitOptions(WaitOptions.builder().cancelOnAbort(true).build()).build());

    future.cancel(true);
    scheduler.runUntilIdle();

    assertThat(lines(server)).isEmpty();
    assertThat(server.jobs().get(1)).isEmpty();
  }

  @Test
  void closingTheWorkspaceFailsWaitsUnderWayAndRefusesNewOnes() {
    SyncResult result = runningJob();
    CompletableFuture<JobStatus> waiting = result.waitForCompletionAsync();
    scheduler.runNext();

    workspace.close();

    assertThatThrownBy(waiting::join).cause().isExactlyInstanceOf(AirbyteException.class)
        .hasMessage("The workspace was closed while waiting asynchronously for a job; the job itself was not"
            + " cancelled.");
    assertThatThrownBy(result.waitForCompletionAsync()::join).cause().isExactlyInstanceOf(AirbyteException.class)
        .hasMessage("The workspace is closed: no asynchronous wait can run.");
    assertThat(lines(server)).doesNotContain(DELETE_JOB_1);
  }
}
