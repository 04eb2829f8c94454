package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A long wait meets an Airbyte that is away for a while (a window of 503s on the fake's clock, which client and
 * fake share): polling rides it out within the wait's own timeout, and says what it last saw when it gives up.
 */
class PollingThroughOutagesTest {
  private static final String POLL = "GET /api/public/v1/jobs/1";

  private final VirtualTime time = VirtualTime.startingNow();
  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = FakeAirbyteServer.builder().clock(time.clock()).build();
    Fixtures.seedConnection(server, "nightly");
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
    connection = Fixtures.builder(server, time).build().getConnection(CONNECTION_ID);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private long polls(int status) {
    return server.requests().matching(POLL).all().stream().map(RecordedCall::responseStatus)
        .filter(s -> s == status).count();
  }

  @Test
  void aFourSecondOutageDuringAWaitIsRiddenOut() {
    server.faults().on("GET /api/public/v1/jobs/*").during(Duration.ofSeconds(4)).respond(503);

    SyncResult result = connection.runSync(Duration.ofSeconds(20));

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(polls(503)).isGreaterThan(4);
    assertThat(polls(200)).isEqualTo(3);
    assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(4)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void anOutageLongerThanTheWaitSaysTheJobIsStillRunningAndWhenItWasLastSeen() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    // A few polls answer "running" before Airbyte goes away for good.
    time.at(Duration.ofMillis(50),
        () -> server.faults().on("GET /api/public/v1/jobs/*").during(Duration.ofHours(1)).respond(503));

    assertThatThrownBy(() -> connection.runSync(Duration.ofSeconds(20)))
        .isInstanceOfSatisfying(SyncTimeoutException.class, e -> {
          assertThat(e.jobId()).isEqualTo(1);
          assertThat(e.status()).isEqualTo(JobStatus.RUNNING);
          assertThat(e.cancelled()).isFalse();
          assertThat(e.getCause()).isInstanceOfSatisfying(AirbyteApiException.class,
              cause -> assertThat(cause.statusCode()).isEqualTo(503));
        })
        .hasMessageContaining("Sync job 1 of connection " + CONNECTION_ID + " did not finish within PT20S:"
            + " Airbyte could not be polled (")
        .hasMessageContaining("; the job is still running; last seen running at ");
    assertThat(time.slept()).isLessThanOrEqualTo(Duration.ofSeconds(21));
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.RUNNING);
    assertThat(polls(503)).isGreaterThan(10);
  }

  @Test
  void aRefusedPollStillEndsTheWaitAtOnce() {
    server.faults().on("GET /api/public/v1/jobs/*").during(Duration.ofHours(1)).respond(400);

    assertThatThrownBy(() -> connection.runSync(Duration.ofSeconds(20)))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    assertThat(polls(400)).isEqualTo(1);
  }
}
