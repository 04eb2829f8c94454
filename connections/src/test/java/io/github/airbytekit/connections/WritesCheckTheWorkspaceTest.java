package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.DESTINATION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.OTHER_WORKSPACE_ID;
import static io.github.airbytekit.connections.Fixtures.PATCH_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static io.github.airbytekit.connections.Fixtures.SOURCE_ID;
import static io.github.airbytekit.connections.Fixtures.STATE_WRITE;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every write first checks, through the cached details, that the connection belongs to the workspace. */
class WritesCheckTheWorkspaceTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final RawJson CURSOR = RawJson.of("{\"cursor\":\"2025-01-01\"}");
  private static final ConnectionState STATE = ConnectionState.builder().stateType(StateType.STREAM)
      .connectionId(CONNECTION_ID)
      .streamState(List.of(StreamState.builder().streamDescriptor(StreamDescriptor.of("users", "public"))
          .streamState(CURSOR).build()))
      .build();

  private FakeAirbyteServer server;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
  }

  /** The connection, its source and destination live in another workspace; a sync job is running. */
  private CloudConnection foreignConnection() {
    server.seed().workspace(OTHER_WORKSPACE_ID, "Other team")
        .source(SOURCE_ID, "Postgres delete-me", "postgres")
        .destination(DESTINATION_ID, "BigQuery deleteme", "bigquery")
        .connection(CONNECTION_ID, c -> c.name("theirs delete-me").syncCatalog(Fixtures.catalog()).state(STATE))
        .job(CONNECTION_ID, FakeJobStatus.RUNNING);
    return Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  static Stream<Arguments> writes() {
    return Stream.of(
        write("runSync()", CloudConnection::runSync),
        write("runSync(no wait)", c -> c.runSync(SyncOptions.builder().waitForCompletion(false).build())),
        write("cancel", c -> c.getSyncResult(1).cancel()),
        write("importRawState(List)", c -> c.importRawState(StateConverter.toProtocol(STATE))),
        write("importRawState(ConnectionState)", c -> c.importRawState(STATE)),
        write("importRawStateJson", c -> c.importRawStateJson(AirbyteJson.connectionState().write(STATE))),
        write("setStreamState", c -> c.setStreamState("users", "public", CURSOR)),
        write("setStreamStateVerified", c -> c.setStreamStateVerified("users", "public", CURSOR)),
        write("importRawCatalog(SyncCatalog)", c -> c.importRawCatalog(Fixtures.catalog())),
        write("importRawCatalog(Configured)", c -> c.importRawCatalog(CatalogConverter.toProtocol(Fixtures.catalog()))),
        write("importRawCatalogJson", c -> c.importRawCatalogJson(AirbyteJson.syncCatalog().write(Fixtures.catalog()))),
        write("rename", c -> c.rename("mine now")),
        write("setTablePrefix", c -> c.setTablePrefix("x_")),
        write("setSelectedStreams", c -> c.setSelectedStreams(List.of("users"))),
        write("setSelectedStreamDescriptors", c -> c.setSelectedStreamDescriptors(
            List.of(StreamDescriptor.of("users", "public")))),
        write("setEnabled", c -> c.setEnabled(false)),
        write("setSchedule", c -> c.setSchedule("0 0 12 * * ?")),
        write("setManualSchedule", CloudConnection::setManualSchedule),
        write("permanentlyDelete()", CloudConnection::permanentlyDelete),
        write("permanentlyDelete(cascade)", c -> c.permanentlyDelete(true, true)),
        write("permanentlyDeleteConnection(unsafe)",
            c -> c.workspace().permanentlyDeleteConnection(c.connectionId(), false, false, false)));
  }

  private static Arguments write(String name, Consumer<CloudConnection> write) {
    return Arguments.of(name, write);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void aWriteToAConnectionOfAnotherWorkspaceThrowsBeforeSendingAnything(
      String name, Consumer<CloudConnection> write) {
    CloudConnection connection = foreignConnection();

    assertThatThrownBy(() -> write.accept(connection))
        .isInstanceOfSatisfying(WorkspaceMismatchException.class, e -> {
          assertThat(e.resourceId()).isEqualTo(CONNECTION_ID);
          assertThat(e.actualWorkspaceId()).isEqualTo(OTHER_WORKSPACE_ID);
        });
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION);
    assertThat(server.jobs().of(CONNECTION_ID)).singleElement()
        .satisfies(job -> assertThat(job.status()).isEqualTo(FakeJobStatus.RUNNING));
  }

  @Test
  void theCheckIsOneGetPerHandleSharedByEveryLaterWrite() {
    Fixtures.seedConnection(server, "nightly");
    CloudConnection connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);

    connection.rename("nightly v2");
    connection.setTablePrefix("v2_");
    connection.importRawState(STATE);
    connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION, PATCH_CONNECTION,
        STATE_WRITE, POST_JOBS);
  }

  @Test
  void aListedConnectionNeedsNoCheckRequest() {
    Fixtures.seedConnection(server, "nightly");
    CloudConnection listed = Fixtures.workspace(server).listConnections().get(0);

    listed.rename("nightly v2");

    assertThat(lines(server)).containsExactly(TOKEN, "GET /api/public/v1/connections", PATCH_CONNECTION);
  }
}
