package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code POST /jobs} whose answer is lost, shortly after another sync of the connection: only a job that cannot
 * have started before the request is adopted, so an older sync is never reported as the one just asked for.
 * Client and fake share virtual time.
 */
class SyncAdoptionTest {
  private final VirtualTime time = VirtualTime.startingNow();
  private FakeAirbyteServer server;
  private CloudConnection connection;
  private int mark;

  @BeforeEach
  void setUp() {
    server = FakeAirbyteServer.builder().clock(time.clock()).build();
    Fixtures.seedConnection(server, "nightly");
    connection = Fixtures.builder(server, time).build().getConnection(CONNECTION_ID);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static SyncOptions noWait() {
    return SyncOptions.builder().waitForCompletion(false).build();
  }

  /** The statuses answered to {@code requestLine} since the mark. */
  private List<Integer> statuses(String requestLine) {
    return server.requests().all().subList(mark, server.requests().count()).stream()
        .filter(call -> call.requestLine().equals(requestLine)).map(RecordedCall::responseStatus).toList();
  }

  /** Job 1 ran and succeeded a few seconds ago; the journal starts afresh. */
  private void previousSyncFinished() {
    assertThat(connection.runSync().status()).isEqualTo(JobStatus.SUCCEEDED);
    time.advance(Duration.ofSeconds(5));
    mark = server.requests().count();
  }

  @Test
  void aServiceUnavailableThatNeverReachedAirbyteStartsANewSyncInsteadOfAdoptingTheFinishedOne() {
    previousSyncFinished();
    server.faults().on(POST_JOBS).respond(503);

    SyncResult result = connection.runSync();

    assertThat(result.jobId()).isEqualTo(2);
    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(2);
    assertThat(statuses(POST_JOBS)).containsExactly(503, 200);
    assertThat(statuses(LIST_JOBS)).hasSize(1);
  }

  @Test
  void anOutageLongerThanTheRetryBudgetFailsAndNeverReportsTheOlderSync() {
    previousSyncFinished();
    server.faults().on(POST_JOBS).during(Duration.ofMinutes(10)).respond(503);

    assertThatThrownBy(() -> connection.runSync(noWait()))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(statuses(POST_JOBS)).containsExactly(503, 503, 503, 503);
    assertThat(statuses(LIST_JOBS)).hasSize(4);
  }

  @Test
  void aFinishedJobStartedInTheSecondOfTheRequestIsStillAdopted() {
    // Airbyte's startTime has whole seconds, the request time milliseconds: the same second counts as ours.
    time.advance(Duration.ofMillis(700));
    server.faults().on(POST_JOBS).dropConnectionAfterHandling();
    server.jobs().script(CONNECTION_ID, FakeJobStatus.SUCCEEDED);

    SyncResult result = connection.runSync(noWait());

    assertThat(result.jobId()).isEqualTo(1);
    assertThat(server.requests().matching(POST_JOBS).count()).isEqualTo(1);
  }

  @Test
  void aForeignSyncRunningSinceBeforeTheRequestIsNotAdoptedButNamed() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    connection.runSync(noWait()); // someone else's sync, still running
    time.advance(Duration.ofSeconds(30));
    mark = server.requests().count();
    server.faults().on(POST_JOBS).respond(503); // our request never reached Airbyte

    assertThatThrownBy(() -> connection.runSync(noWait()))
        .isInstanceOfSatisfying(SyncAlreadyRunningException.class,
            e -> assertThat(e.runningJob()).hasValueSatisfying(job -> assertThat(job.jobId()).isEqualTo(1)));
    assertThat(statuses(POST_JOBS)).containsExactly(503, 409);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
  }

  @Test
  void aStallLongerThanTheReadTimeoutAdoptsTheJobItStarted() {
    CloudConnection impatient = Fixtures.builder(server, time).readTimeout(Duration.ofMillis(150)).build()
        .getConnection(CONNECTION_ID);
    server.faults().on(POST_JOBS).stallAfterHandling(Duration.ofSeconds(30));

    SyncResult result = impatient.runSync(noWait());

    server.faults().clear();
    assertThat(result.jobId()).isEqualTo(1);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(server.requests().matching(POST_JOBS).count()).isEqualTo(1);
    assertThat(server.requests().matching(LIST_JOBS).count()).isEqualTo(1);
  }
}
