package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.DELETE_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.DESTINATION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.SOURCE_ID;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workspace-level operations on connections. Of PyAirbyte's §9.3 cases, A9–A12 (connection listing) are here
 * and A15–A18 in {@link JobHistoryTest}. A1–A2 and A5–A8 (workspace creation, renaming, deletion) and
 * A13–A14 (workspace listing) concern operations this module does not offer; A3–A4 test PyAirbyte's raw
 * status-patch helper, whose counterpart here is {@code setEnabled} ({@link ConnectionSettingsTest}).
 */
class WorkspaceOperationsTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String GET_SOURCE = "GET /api/public/v1/sources/" + SOURCE_ID;
  private static final String GET_DESTINATION = "GET /api/public/v1/destinations/" + DESTINATION_ID;
  private static final String DELETE_SOURCE = "DELETE /api/public/v1/sources/" + SOURCE_ID;
  private static final String DELETE_DESTINATION = "DELETE /api/public/v1/destinations/" + DESTINATION_ID;

  private FakeAirbyteServer server;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    workspace = Fixtures.workspace(server);
  }

  private List<String> pages() {
    return server.requests().matching("GET /api/public/v1/connections").all().stream()
        .map(c -> c.queryParameter("limit") + "@" + c.queryParameter("offset"))
        .collect(Collectors.toList());
  }

  @Test
  void listConnectionsByExactNameScansFullPages() { // §9.3 A9
    server.seed().connection("0c0c0c0c-0000-4000-8000-0000000000a1", c -> c.name("miss"))
        .connection("0c0c0c0c-0000-4000-8000-0000000000a2", c -> c.name("target"));

    List<CloudConnection> found = workspace.listConnections(ConnectionQuery.builder().name("target").limit(1).build());

    assertThat(found).extracting(CloudConnection::name).containsExactly("target");
    assertThat(pages()).containsExactly("100@0");
    assertThat(server.requests().matching("GET /api/public/v1/connections").first().orElseThrow()
        .queryParameter("includeDeleted")).isEqualTo("false");
    // Listed connections come with their (verified) details: reading the name cost nothing.
    assertThat(lines(server)).containsExactly(TOKEN, "GET /api/public/v1/connections");
  }

  private static String id(int n) {
    return String.format("0c0c0c0c-0000-4000-8000-%012d", n);
  }

  @Test
  void aFilteredLimitKeepsScanningFullPagesUntilItIsReached() { // §9.3 A10
    // Page 1: "target" and 99 misses (so Airbyte links a next page); page 2: "target", "extra".
    server.seed().connection(id(1), c -> c.name("target"));
    for (int n = 2; n <= 100; n++) {
      server.seed().connection(id(n), c -> c.name("miss"));
    }
    server.seed().connection(id(101), c -> c.name("target")).connection(id(102), c -> c.name("extra"));

    List<CloudConnection> found = workspace.listConnections(ConnectionQuery.builder().name("target").limit(2).build());

    assertThat(found).extracting(CloudConnection::name).containsExactly("target", "target");
    assertThat(found).extracting(CloudConnection::connectionId).containsExactly(id(1), id(101));
    assertThat(pages()).containsExactly("100@0", "100@100"); // offset advances by the raw page length
  }

  @Test
  void withoutArgumentsEveryPageIsFollowedUntilNoNextLink() { // §9.3 A12
    for (int n = 1; n <= 101; n++) {
      int number = n;
      server.seed().connection(id(n), c -> c.name(number == 101 ? "second" : "first"));
    }

    List<CloudConnection> all = workspace.listConnections();

    assertThat(all).hasSize(101);
    assertThat(all.get(0).name()).isEqualTo("first");
    assertThat(all.get(100).name()).isEqualTo("second");
    assertThat(pages()).containsExactly("100@0", "100@100");
  }

  @Test
  void anEmptyNameMatchesOnlyUnnamedConnections() { // §9.3 A11
    server.seed().connection("0c0c0c0c-0000-4000-8000-0000000000a1", c -> c.name(""))
        .connection("0c0c0c0c-0000-4000-8000-0000000000a2", c -> c.name("non-empty"));

    assertThat(workspace.listConnections(ConnectionQuery.builder().name("").build()))
        .extracting(CloudConnection::connectionId).containsExactly("0c0c0c0c-0000-4000-8000-0000000000a1");
  }

  @Test
  void withoutAFilterALimitBelowAPageAsksForOnlyThatMany() {
    Fixtures.seedConnection(server, "one");
    server.seed().connection(Fixtures.OTHER_CONNECTION_ID);

    assertThat(workspace.listConnections(ConnectionQuery.builder().limit(1).build())).hasSize(1);
    assertThat(pages()).containsExactly("1@0");
  }

  @Test
  void aPredicateFiltersAndNameWithPredicateIsRejected() {
    Fixtures.seedConnection(server, "nightly-users");
    server.seed().connection(Fixtures.OTHER_CONNECTION_ID, c -> c.name("hourly"));

    assertThat(workspace.listConnections(ConnectionQuery.builder().nameFilter(n -> n.startsWith("nightly")).build()))
        .extracting(CloudConnection::connectionId).containsExactly(CONNECTION_ID);
    assertThatThrownBy(() -> ConnectionQuery.builder().name("a").nameFilter(n -> true).limit(0).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid ConnectionQuery: give name or nameFilter, not both; limit must be greater than 0, was 0.");
  }

  @Test
  void safeModeDeletionChecksTheNameThenDeletes() {
    Fixtures.seedConnection(server, "old sync delete-me");

    workspace.permanentlyDeleteConnection(CONNECTION_ID);

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, DELETE_CONNECTION);
  }

  @Test
  void safeModeRefusesANameWithoutTheWholeWord() {
    Fixtures.seedConnection(server, "do-not-delete-me");

    assertThatThrownBy(() -> workspace.permanentlyDeleteConnection(CONNECTION_ID))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Cannot delete connection 'do-not-delete-me' (" + CONNECTION_ID + ") with safe mode enabled:"
            + " its name must contain the word 'delete-me' or 'deleteme' (case-insensitive). Rename the connection"
            + " to confirm, or pass safeMode=false.");
    assertThat(server.requests().matching("DELETE /**").count()).isZero();
  }

  @Test
  void withoutSafeModeOnlyTheWorkspaceCheckPrecedesTheDelete() {
    Fixtures.seedConnection(server, "production");

    workspace.permanentlyDeleteConnection(CONNECTION_ID, false, false, false);

    // No name check, but a connection of another workspace must never be deleted: one GET, then DELETE.
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, DELETE_CONNECTION);
  }

  @Test
  void aFullCascadeChecksEverythingBeforeTheFirstDelete() {
    Fixtures.seedConnection(server, "Deleteme conn");

    workspace.getConnection(CONNECTION_ID).permanentlyDelete(true, true);

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, GET_SOURCE, GET_DESTINATION,
        DELETE_CONNECTION, DELETE_SOURCE, DELETE_DESTINATION);
  }

  @Test
  void aCascadeRefusalDeletesNothing() {
    server.seed().source(SOURCE_ID, "precious source", "postgres")
        .destination(DESTINATION_ID, "warehouse delete-me", "bigquery")
        .connection(CONNECTION_ID, c -> c.name("delete-me"));

    assertThatThrownBy(() -> workspace.getConnection(CONNECTION_ID).permanentlyDelete(true, true))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageStartingWith("Cannot delete source 'precious source'");
    assertThat(server.requests().matching("DELETE /**").count()).isZero();
  }

  @Test
  void sourcesAndDestinationsLoadTheirDetailsOnce() {
    Fixtures.seedConnection(server, "x");
    CloudSource source = workspace.getSource(SOURCE_ID);
    CloudDestination destination = workspace.getDestination(DESTINATION_ID);

    assertThat(source.name()).isEqualTo("Postgres delete-me");
    assertThat(source.sourceType()).isEqualTo("postgres");
    assertThat(source.definitionId()).isNotNull();
    assertThat(destination.name()).isEqualTo("BigQuery deleteme");
    assertThat(destination.destinationType()).isEqualTo("bigquery");
    assertThat(destination.connectorUrl()).endsWith("/destination/" + DESTINATION_ID);
    assertThat(lines(server)).containsExactly(TOKEN, GET_SOURCE, GET_DESTINATION);

    workspace.permanentlyDeleteSource(SOURCE_ID);
    assertThat(lines(server)).endsWith(GET_SOURCE, DELETE_SOURCE);
  }

  @Test
  void aConnectionOfAnUnknownWorkspaceIsReachedWithOneGet() {
    server.seed().workspace(Fixtures.OTHER_WORKSPACE_ID, "other").connection(Fixtures.OTHER_CONNECTION_ID,
        c -> c.name("elsewhere"));

    CloudConnection connection = Fixtures.builder(server).buildForConnection(Fixtures.OTHER_CONNECTION_ID);

    assertThat(connection.workspace().workspaceId()).isEqualTo(Fixtures.OTHER_WORKSPACE_ID);
    assertThat(connection.name()).isEqualTo("elsewhere");
    assertThat(connection.isEnabled()).isTrue();
    assertThat(lines(server)).containsExactly(TOKEN, "GET /api/public/v1/connections/" + Fixtures.OTHER_CONNECTION_ID,
        "GET /api/public/v1/connections/" + Fixtures.OTHER_CONNECTION_ID);
  }

  @Test
  void aConnectorOfAnotherWorkspaceIsNeverDeletedEvenWithoutSafeMode() {
    String foreignSource = "0ddba11a-0000-4000-8000-00000000005e";
    server.seed().workspace(Fixtures.OTHER_WORKSPACE_ID, "other").source(foreignSource, "old delete-me", "postgres");

    assertThatThrownBy(() -> workspace.permanentlyDeleteSource(foreignSource, false))
        .isInstanceOf(WorkspaceMismatchException.class);
    assertThat(lines(server)).containsExactly(TOKEN, "GET /api/public/v1/sources/" + foreignSource);
  }
}
