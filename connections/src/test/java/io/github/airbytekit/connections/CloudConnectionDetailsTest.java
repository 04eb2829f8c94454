package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.DESTINATION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.SOURCE_ID;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CloudConnectionDetailsTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "Postgres → BigQuery");
    workspace = Fixtures.workspace(server);
  }

  @Test
  void getConnectionDoesNoIo() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);

    assertThat(connection.connectionId()).isEqualTo(CONNECTION_ID);
    assertThat(connection.toString()).contains(CONNECTION_ID).contains("/connections/" + CONNECTION_ID);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void detailsAreFetchedOnceWithOneTokenAndCached() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);

    connection.checkIsValid();
    assertThat(connection.name()).isEqualTo("Postgres → BigQuery");
    assertThat(connection.sourceId()).isEqualTo(SOURCE_ID);
    assertThat(connection.destinationId()).isEqualTo(DESTINATION_ID);
    assertThat(connection.streamNames()).containsExactly("users", "orders");
    assertThat(connection.tablePrefix()).isEqualTo("raw_");
    assertThat(connection.schedule().getType()).isEqualTo("manual");
    assertThat(connection.workspaceId()).isEqualTo(server.workspaceId());
    assertThat(connection.source().sourceId()).isEqualTo(SOURCE_ID);
    assertThat(connection.destination().destinationId()).isEqualTo(DESTINATION_ID);

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION);
  }

  @Test
  void toStringShowsCachedIdsWithoutIo() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);
    connection.name();
    int before = server.requests().count();

    assertThat(connection.toString())
        .isEqualTo("CloudConnection{connectionId=" + CONNECTION_ID + ", name=Postgres → BigQuery, sourceId="
            + SOURCE_ID + ", destinationId=" + DESTINATION_ID + ", connectionUrl=" + connection.connectionUrl() + "}");
    assertThat(server.requests().count()).isEqualTo(before);
  }

  @Test
  void urlsAreDerivedFromTheApiHostWithoutIo() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);
    String web = "http://127.0.0.1:" + server.port();

    assertThat(workspace.webUrlRoot()).isEqualTo(web);
    assertThat(connection.connectionUrl())
        .isEqualTo(web + "/workspaces/" + server.workspaceId() + "/connections/" + CONNECTION_ID);
    assertThat(connection.jobHistoryUrl()).isEqualTo(connection.connectionUrl() + "/timeline");
    assertThat(workspace.getSource(SOURCE_ID).connectorUrl())
        .isEqualTo(web + "/workspaces/" + server.workspaceId() + "/source/" + SOURCE_ID);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void aConnectionOfAnotherWorkspaceIsRejectedAndNeverCached() {
    server.seed().workspace(Fixtures.OTHER_WORKSPACE_ID, "other").connection(Fixtures.OTHER_CONNECTION_ID);
    CloudConnection foreign = workspace.getConnection(Fixtures.OTHER_CONNECTION_ID);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(foreign::name)
          .isInstanceOf(WorkspaceMismatchException.class)
          .hasMessage("Connection '" + Fixtures.OTHER_CONNECTION_ID + "' belongs to workspace '"
              + Fixtures.OTHER_WORKSPACE_ID + "', not '" + server.workspaceId() + "'.");
    }
    // Not cached: the second access asked again (and failed again) instead of returning foreign data.
    assertThat(server.requests().matching("GET /api/public/v1/connections/*").count()).isEqualTo(2);
  }

  @Test
  void anUnknownConnectionIsNotFound() {
    CloudConnection missing = workspace.getConnection("0c0c0c0c-0000-4000-8000-00000000dead");

    assertThatThrownBy(missing::checkIsValid)
        .isInstanceOfSatisfying(AirbyteNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.url()).endsWith("/connections/0c0c0c0c-0000-4000-8000-00000000dead");
        })
        .hasMessageStartingWith("GET http://127.0.0.1:");
  }

  @Test
  void bearerTokenModeSendsTheTokenAndNeverMintsOne() {
    CloudWorkspace bearer = CloudWorkspace.builder()
        .workspaceId(server.workspaceId())
        .bearerToken(Secret.of("Bearer " + server.issueToken()))
        .apiRoot(server.apiRoot())
        .build();

    assertThat(bearer.getConnection(CONNECTION_ID).name()).isEqualTo("Postgres → BigQuery");
    assertThat(server.requests().tokensMinted()).isZero();
    assertThat(lines(server)).containsExactly(GET_CONNECTION);
  }

  @Test
  void upperCaseIdsNameTheSameWorkspace() {
    CloudWorkspace upper = Fixtures.builder(server).workspaceId(server.workspaceId().toUpperCase()).build();

    assertThat(upper.getConnection(CONNECTION_ID.toUpperCase()).name()).isEqualTo("Postgres → BigQuery");
  }
}
