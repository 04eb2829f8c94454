package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_GET;
import static io.github.airbytekit.connections.Fixtures.CATALOG_UPDATE;
import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.STATE_WRITE;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.AirbyteStateType;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StateAndCatalogTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final RawJson USERS_CURSOR = RawJson.of("{\"cursor\":\"2024-01-01\"}");
  private static final RawJson ORDERS_CURSOR = RawJson.of("{\"cursor\":\"2024-06-01\"}");

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "stateful");
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  static StreamState entry(String name, @Nullable String namespace, @Nullable RawJson blob) {
    StreamState.Builder builder = StreamState.builder().streamDescriptor(StreamDescriptor.of(name, namespace));
    if (blob != null) {
      builder.streamState(blob);
    }
    return builder.build();
  }

  static ConnectionState streamState(StreamState... entries) {
    return ConnectionState.builder().stateType(StateType.STREAM).connectionId(CONNECTION_ID)
        .streamState(List.of(entries)).build();
  }

  private void seedState(ConnectionState state) {
    server.seed().connection(CONNECTION_ID, c -> c.name("stateful").syncCatalog(Fixtures.catalog()).state(state));
  }

  private String lastStateWrite() {
    return server.requests().matching(STATE_WRITE).last().orElseThrow().body();
  }

  @Test
  void dumpRawStateGivesProtocolMessages() {
    seedState(streamState(entry("users", "public", USERS_CURSOR), entry("orders", null, ORDERS_CURSOR)));

    List<AirbyteStateMessage> messages = connection.dumpRawState();

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).getType()).isEqualTo(AirbyteStateType.STREAM);
    assertThat(messages.get(0).getStream().getStreamDescriptor()).isEqualTo(StreamDescriptor.of("users", "public"));
    assertThat(messages.get(1).getStream().getStreamState()).isEqualTo(ORDERS_CURSOR);
    assertThat(lines(server)).containsExactly(TOKEN, STATE_GET);
    assertThat(server.requests().matching(STATE_GET).first().orElseThrow().body())
        .isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\"}");
  }

  @Test
  void dumpRawStateJsonGivesEitherForm() {
    seedState(streamState(entry("users", "public", USERS_CURSOR)));

    String config = connection.dumpRawStateJson(JsonForm.CONFIG_API);
    String protocol = connection.dumpRawStateJson(JsonForm.PROTOCOL);

    assertThat(AirbyteJson.connectionState().read(config).getStreamState()).containsExactly(
        entry("users", "public", USERS_CURSOR));
    assertThat(protocol).isEqualTo("[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"users\","
        + "\"namespace\":\"public\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}}]");
  }

  @Test
  void aConnectionWithoutStateDumpsNotSet() {
    assertThat(connection.dumpRawConnectionState().getStateType()).isEqualTo(StateType.NOT_SET);
    assertThat(connection.dumpRawState()).isEmpty();
    @SuppressWarnings("deprecation")
    var artifacts = connection.getStateArtifacts();
    assertThat(artifacts).isEmpty();
  }

  @Test
  void importRawStateAlwaysUsesThisConnectionsId() {
    ConnectionState copied = ConnectionState.builder().stateType(StateType.STREAM)
        .connectionId("11111111-2222-4333-8444-555555555555")
        .streamState(List.of(entry("users", "public", USERS_CURSOR))).build();

    ConnectionState stored = connection.importRawState(copied);

    assertThat(stored.getConnectionId()).isEqualTo(CONNECTION_ID);
    assertThat(lastStateWrite()).isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"connectionState\":"
        + "{\"stateType\":\"stream\",\"connectionId\":\"" + CONNECTION_ID + "\",\"streamState\":[{\"streamDescriptor\":"
        + "{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}}");
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, STATE_WRITE);
  }

  @Test
  void anImportAnsweredWithTheStateItSentReturnsThatStateWithoutASecondCopy() {
    ConnectionState state = ConnectionState.builder().stateType(StateType.STREAM).connectionId(CONNECTION_ID)
        .streamState(List.of(entry("users", "public", USERS_CURSOR), entry("orders", null, ORDERS_CURSOR))).build();

    ConnectionState stored = connection.importRawState(state);

    assertThat(stored).isSameAs(state); // the fake echoes it byte for byte, as Airbyte does
    assertThat(lastStateWrite()).isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"connectionState\":"
        + AirbyteJson.connectionState().write(state) + "}");
    assertThat(connection.dumpRawConnectionState()).isEqualTo(state);
  }

  @Test
  void importRawStateAcceptsProtocolMessagesAndJsonOfEitherForm() {
    connection.importRawState(AirbyteJson.stateMessages().read("[{\"type\":\"STREAM\",\"stream\":{"
        + "\"stream_descriptor\":{\"name\":\"users\",\"namespace\":\"public\"},"
        + "\"stream_state\":{\"cursor\":\"2024-01-01\"}}}]"));
    assertThat(connection.getStreamState("users", "public")).contains(USERS_CURSOR);

    connection.importRawStateJson("[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"orders\"},"
        + "\"stream_state\":{\"cursor\":\"2024-06-01\"}}}]");
    assertThat(connection.getStreamState("orders")).contains(ORDERS_CURSOR);

    // Config API form (a stream state: Airbyte changes a stored state's type only through a reset)
    connection.importRawStateJson("{\"stateType\":\"stream\",\"connectionId\":\"x\",\"streamState\":[{"
        + "\"streamDescriptor\":{\"name\":\"orders\"},\"streamState\":{\"k\":1}}]}");
    assertThat(connection.getStreamState("orders")).contains(RawJson.of("{\"k\":1}"));
  }

  @Test
  void anEmptyProtocolListIsRefusedBecauseItWouldResetTheState() {
    assertThatThrownBy(() -> connection.importRawState(List.<AirbyteStateMessage>of()))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("it would reset the connection's state");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void writingStateDuringASyncIsConnectionSyncActive() {
    seedState(streamState(entry("users", "public", USERS_CURSOR)));
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThatThrownBy(() -> connection.setStreamState("users", "public", ORDERS_CURSOR))
        .isInstanceOfSatisfying(ConnectionSyncActiveException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(423);
          assertThat(e.connectionId()).isEqualTo(CONNECTION_ID);
        })
        .hasMessage("Cannot update connection " + CONNECTION_ID
            + " while a sync is running (HTTP 423); wait for the sync to complete, then retry.");
    assertThat(connection.getStreamState("users", "public")).contains(USERS_CURSOR);
  }

  @Test
  void getStreamStateTellsAnAbsentStreamFromANullBlob() {
    seedState(streamState(entry("users", "public", USERS_CURSOR), entry("orders", null, RawJson.nullValue())));

    assertThat(connection.getStreamState("users", "public")).contains(USERS_CURSOR);
    assertThat(connection.getStreamState("users")).isEmpty(); // no namespace does not match public
    assertThat(connection.getStreamState("orders", "")).contains(RawJson.nullValue());
    assertThat(connection.getStreamState("invoices")).isEmpty();
  }

  @Test
  void getStreamStateRefusesALegacyState() {
    seedState(ConnectionState.builder().stateType(StateType.LEGACY).connectionId(CONNECTION_ID)
        .state(RawJson.of("{\"opaque\":true}")).build());

    assertThatThrownBy(() -> connection.getStreamState("users"))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("has a legacy state");
  }

  @Test
  void setStreamStateIsTwoConfigCallsAndKeepsOtherStreams() {
    connection.name(); // a public call first: the same token serves both APIs
    seedState(streamState(entry("users", "public", USERS_CURSOR), entry("orders", null, ORDERS_CURSOR)));
    RawJson newCursor = RawJson.of("{\"cursor\":\"2025-01-01\",\"n\":1.50}");

    ConnectionState stored = connection.setStreamState("users", "public", newCursor);

    assertThat(stored.getStreamState()).containsExactly(
        entry("users", "public", newCursor), entry("orders", null, ORDERS_CURSOR));
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, STATE_GET, STATE_WRITE);
    assertThat(lastStateWrite()).contains("{\"cursor\":\"2025-01-01\",\"n\":1.50}");
  }

  @Test
  void setStreamStateAppendsAStreamThatHasNoEntryYet() {
    seedState(streamState(entry("users", "public", USERS_CURSOR)));

    connection.setStreamState("orders", null, ORDERS_CURSOR);

    assertThat(connection.dumpRawConnectionState().getStreamState()).containsExactly(
        entry("users", "public", USERS_CURSOR), entry("orders", null, ORDERS_CURSOR));
  }

  @Test
  void setStreamStateKeepsTheSharedStateOfAGlobalState() {
    RawJson shared = RawJson.of("{\"cdc_offset\":\"12345\"}");
    seedState(ConnectionState.builder().stateType(StateType.GLOBAL).connectionId(CONNECTION_ID)
        .globalState(GlobalState.builder().sharedState(shared)
            .streamStates(List.of(entry("users", null, USERS_CURSOR))).build())
        .build());

    connection.setStreamState("users", null, ORDERS_CURSOR);

    GlobalState global = connection.dumpRawConnectionState().getGlobalState();
    assertThat(global.getSharedState()).isEqualTo(shared);
    assertThat(global.getStreamStates()).containsExactly(entry("users", null, ORDERS_CURSOR));
  }

  @Test
  void setStreamStateRefusesNotSetAndLegacyWithoutWriting() {
    assertThatThrownBy(() -> connection.setStreamState("users", "public", USERS_CURSOR))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Cannot set the state of stream public.users: connection " + CONNECTION_ID
            + " has no state yet (stateType not_set). Nothing was written.");
    seedState(ConnectionState.builder().stateType(StateType.LEGACY).connectionId(CONNECTION_ID)
        .state(RawJson.of("{}")).build());
    assertThatThrownBy(() -> connection.setStreamState("users", "public", USERS_CURSOR))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("has a legacy state");
    assertThat(server.requests().matching(STATE_WRITE).count()).isZero();
  }

  @Test
  void theVerifiedVariantRereadsAndReportsConsistency() {
    seedState(streamState(entry("users", "public", USERS_CURSOR), entry("orders", null, ORDERS_CURSOR)));

    StreamStateWriteReport report = connection.setStreamStateVerified("users", "public", ORDERS_CURSOR);

    assertThat(report.isConsistent()).isTrue();
    assertThat(report.getChangedStreams()).isEmpty();
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, STATE_GET, STATE_WRITE, STATE_GET);
  }

  @Test
  void dumpRawCatalogReadsWithoutRefreshingTheSchema() {
    ConfiguredAirbyteCatalog catalog = connection.dumpRawCatalog().orElseThrow();

    assertThat(catalog.getStreams()).extracting(s -> s.getStream().getName())
        .containsExactly("users", "orders", "events");
    assertThat(server.requests().matching(CATALOG_GET).first().orElseThrow().body())
        .isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"withRefreshedCatalog\":false}");
    assertThat(connection.dumpRawCatalogJson(JsonForm.PROTOCOL).orElseThrow()).contains("\"sync_mode\":\"incremental\"");
    assertThat(connection.dumpRawCatalogJson(JsonForm.CONFIG_API).orElseThrow()).contains("\"syncMode\":\"incremental\"");
    @SuppressWarnings("deprecation")
    var artifact = connection.getCatalogArtifact();
    assertThat(artifact).contains(catalog);
  }

  @Test
  void importRawCatalogSkipsTheResetAndReturnsWhatWasStored() {
    SyncCatalog catalog = Fixtures.catalog();
    SyncCatalog only = SyncCatalog.builder().addStreams(catalog.getStreams().get(0)).build();

    SyncCatalog stored = connection.importRawCatalog(only);

    assertThat(stored.getStreams()).hasSize(1);
    assertThat(server.requests().matching(CATALOG_UPDATE).first().orElseThrow().body())
        .contains("\"skipReset\":true");
    assertThat(server.jobs().of(CONNECTION_ID)).isEmpty(); // no reset job
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, CATALOG_UPDATE);
  }

  @Test
  void importRawCatalogAcceptsProtocolFormJson() {
    String protocol = connection.dumpRawCatalogJson(JsonForm.PROTOCOL).orElseThrow();

    SyncCatalog stored = connection.importRawCatalogJson(protocol);

    assertThat(stored.getStreams()).extracting(e -> e.getStream().getName())
        .containsExactly("users", "orders", "events");
    assertThat(server.requests().matching(CATALOG_UPDATE).first().orElseThrow().body())
        .contains("\"syncCatalog\":{\"streams\":[{\"stream\":{\"name\":\"users\"");
  }
}
