package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.STATE_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers spoiled after Airbyte handled the request, injected by the fake: after a write they say "written; the
 * answer could not be read" (the change was made), after a read that the response is not JSON; neither is retried.
 */
class UnreadableAnswersTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String STATE = "{\"stateType\":\"stream\",\"connectionId\":\"" + CONNECTION_ID + "\","
      + "\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},"
      + "\"streamState\":{\"cursor\":\"2024-01-01\"}}]}";

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "stateful");
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  @Test
  void aTruncatedAnswerToAStateWriteSaysTheStateWasWritten() {
    server.faults().on(STATE_WRITE).truncateBodyAfterHandling();

    assertThatThrownBy(() -> connection.importRawStateJson(STATE))
        .isInstanceOfSatisfying(AirbyteWriteUnconfirmedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.operation()).isEqualTo("createOrUpdateStateSafe");
        })
        .isInstanceOf(AirbyteResponseException.class)
        .hasMessageContaining("): written; the answer could not be read: answered HTTP 200: response is not JSON"
            + " (truncated at ");
    assertThat(server.requests().matching(STATE_WRITE).count()).isEqualTo(1);
    assertThat(connection.getStreamState("users", "public")).isPresent();
  }

  @Test
  void aNonNumberInTheAnswerToAStateWriteSaysTheStateWasWritten() {
    server.faults().on(STATE_WRITE).replaceBodyAfterHandling("{\"stateType\":\"stream\",\"x\":NaN}");

    assertThatThrownBy(() -> connection.importRawStateJson(STATE))
        .isInstanceOf(AirbyteWriteUnconfirmedException.class)
        .hasMessageContaining("written; the answer could not be read: answered HTTP 200 with a body that is not"
            + " the expected JSON");
    assertThat(server.requests().matching(STATE_WRITE).count()).isEqualTo(1);
    assertThat(connection.getStreamState("users", "public")).isPresent();
  }

  @Test
  void aTruncatedConfigApiReadSaysTheResponseIsNotJsonAndNamesNoEofException() {
    server.faults().on(STATE_GET).truncateBodyAfterHandling(5);

    assertThatThrownBy(connection::dumpRawConnectionState)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> assertThat(e.statusCode()).isEqualTo(200))
        .isNotInstanceOf(AirbyteWriteUnconfirmedException.class)
        .hasMessageEndingWith("answered HTTP 200: response is not JSON (truncated at byte 5)")
        .hasMessageNotContaining("java.io.EOFException");
    assertThat(server.requests().matching(STATE_GET).count()).isEqualTo(1);
  }

  @Test
  void aTruncatedAnswerToPostJobsAdoptsTheJobItStarted() {
    server.faults().on(POST_JOBS).truncateBodyAfterHandling();

    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.jobId()).isEqualTo(1);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(server.requests().matching(POST_JOBS).count()).isEqualTo(1);
  }
}
