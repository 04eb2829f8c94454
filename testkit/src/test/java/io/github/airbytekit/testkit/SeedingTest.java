package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ConformsToOpenApi.class)
class SeedingTest {
  static final String WORKSPACE = "7c6d0a4e-5c1f-4a8e-9d1e-2f3a4b5c6d7e";
  static final String SOURCE = "95e66a59-8045-4307-9678-63bc3c9b8c93";
  static final String DESTINATION = "e478de0d-a3a0-475c-b019-25f7dd29e281";
  static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";

  final FakeAirbyteServer server = FakeAirbyteServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void fluentSeedingLinksWorkspaceSourceDestinationAndConnection() {
    ConnectionState state =
        ConnectionState.builder()
            .stateType(StateType.LEGACY)
            .connectionId(CONNECTION)
            .state(io.github.airbytekit.domain.RawJson.of("{\"cursor\":1}"))
            .build();
    server.seed()
        .workspace(WORKSPACE, "Analytics")
        .source(SOURCE, "Shop Postgres", "postgres")
        .destination(DESTINATION, "Warehouse", "bigquery")
        .connection(CONNECTION, c -> c.name("shop → warehouse").prefix("shop_").status("inactive").cron("0 0 12 * * ?").state(state));

    PublicApiServices api = TestClients.publicApi(server);
    ConnectionResponse connection = ok(api.connections().getConnection(UUID.fromString(CONNECTION)));
    assertThat(connection.getWorkspaceId()).isEqualTo(UUID.fromString(WORKSPACE));
    assertThat(connection.getSourceId()).isEqualTo(UUID.fromString(SOURCE));
    assertThat(connection.getDestinationId()).isEqualTo(UUID.fromString(DESTINATION));
    assertThat(connection.getStatus().wireValue()).isEqualTo("inactive");
    assertThat(ok(api.workspaces().getWorkspace(UUID.fromString(WORKSPACE))).getName()).isEqualTo("Analytics");
    ConnectionState stored =
        ok(TestClients.configApi(server).state().getState(new ConnectionIdRequestBody().connectionId(UUID.fromString(CONNECTION))));
    assertThat(stored).isEqualTo(state);
  }

  @Test
  void idsAreMatchedCaseInsensitivelyLikeUuids() {
    server.seed().connection(CONNECTION.toUpperCase(java.util.Locale.ROOT));

    assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + CONNECTION, null).status).isEqualTo(200);
    assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + CONNECTION.toUpperCase(java.util.Locale.ROOT), null).status)
        .isEqualTo(200);
    server.jobs().script(CONNECTION.toUpperCase(java.util.Locale.ROOT), FakeJobStatus.RUNNING);
    assertThat(server.jobs().openJob(CONNECTION.toUpperCase(java.util.Locale.ROOT))).isEmpty();
  }

  @Test
  void seedingRefusesWhatAirbyteWouldRefuse() {
    assertThatThrownBy(() -> server.seed().connection("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> server.seed().connection(CONNECTION, c -> c.cron("0 */5 * * * ?")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 hour");
    assertThatThrownBy(() -> server.seed().connection(CONNECTION, c -> c.source(UUID.randomUUID().toString())))
        .isInstanceOf(IllegalArgumentException.class);
    ConnectionState other = ConnectionState.builder().stateType(StateType.NOT_SET).connectionId(SOURCE).build();
    assertThatThrownBy(() -> server.seed().connection(CONNECTION, c -> c.state(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state.connectionId");

    server.seed().allowSubHourlySchedules().connection(CONNECTION, c -> c.cron("0 */5 * * * ?"));
  }

  @Test
  void demoSeedHasWellKnownIdsAndEveryStateKind() {
    server.seedDemo();
    var config = TestClients.configApi(server);

    assertThat(stateType(config, DemoSeed.STREAM_CONNECTION_ID)).isEqualTo(StateType.STREAM);
    assertThat(stateType(config, DemoSeed.GLOBAL_CONNECTION_ID)).isEqualTo(StateType.GLOBAL);
    assertThat(stateType(config, DemoSeed.LEGACY_CONNECTION_ID)).isEqualTo(StateType.LEGACY);
    assertThat(stateType(config, DemoSeed.NEVER_SYNCED_CONNECTION_ID)).isEqualTo(StateType.NOT_SET);
    assertThat(server.jobs().of(DemoSeed.STREAM_CONNECTION_ID)).hasSize(2);
    assertThat(server.jobs().of(DemoSeed.NEVER_SYNCED_CONNECTION_ID)).isEmpty();
    ConnectionState global =
        ok(config.state().getState(new ConnectionIdRequestBody().connectionId(UUID.fromString(DemoSeed.GLOBAL_CONNECTION_ID))));
    assertThat(global.getGlobalState().getSharedState().toJson()).contains("lsn");
    assertThat(global.streams()).extracting(s -> s.getStreamDescriptor().displayName()).contains("public.orders");
    assertThat(StreamDescriptor.of("orders", "public").matches("orders", "public")).isTrue();
  }

  private static StateType stateType(io.github.airbytekit.client.ConfigApiServices config, String id) {
    return ok(config.state().getState(new ConnectionIdRequestBody().connectionId(UUID.fromString(id)))).getStateType();
  }

  @Test
  void seedFileUsesTheDocumentedFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(
        file,
        "{\"workspaces\":[{\"workspaceId\":\"" + WORKSPACE + "\",\"name\":\"From file\","
            + "\"sources\":[{\"sourceId\":\"" + SOURCE + "\",\"name\":\"PG\",\"sourceType\":\"postgres\",\"configuration\":{\"port\":5432}}],"
            + "\"destinations\":[{\"destinationId\":\"" + DESTINATION + "\",\"name\":\"BQ\",\"destinationType\":\"bigquery\"}],"
            + "\"connections\":[{\"connectionId\":\"" + CONNECTION + "\",\"name\":\"pg-bq\",\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0 0 * * * ?\"},"
            + "\"syncCatalog\":{\"streams\":[{\"stream\":{\"name\":\"t\"},\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":true}}]},"
            + "\"jobScript\":[\"queued\",\"succeeded\"],\"jobs\":[{\"status\":\"failed\"}]}]}]}",
        StandardCharsets.UTF_8);

    server.seedFrom(file);

    ConnectionResponse connection = ok(TestClients.publicApi(server).connections().getConnection(UUID.fromString(CONNECTION)));
    assertThat(connection.getName()).isEqualTo("pg-bq");
    assertThat(connection.getConfigurations().getStreams()).hasSize(1);
    assertThat(server.jobs().of(CONNECTION)).extracting(FakeJob::status).containsExactly(FakeJobStatus.FAILED);
    assertThatThrownBy(() -> server.seedFrom(dir.resolve("missing.json"))).isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void resetRestoresAnEmptyStoreWithTheDefaultWorkspaceAndKeepsTokens() {
    String token = server.issueToken();
    server.seedDemo();
    server.reset();

    assertThat(server.jobs().all()).isEmpty();
    TestClients.RawResponse list =
        TestClients.raw(TestClients.bearer(token), "GET", server.apiRoot() + "/connections", null, "application/json");
    assertThat(list.status).isEqualTo(200);
    assertThat(list.body).isEqualTo("{\"data\":[]}");
    assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/workspaces/" + server.workspaceId(), null).status).isEqualTo(200);
  }

  @Test
  void initialSeedsComeBackAfterReset() {
    try (FakeAirbyteServer seeded =
        FakeAirbyteServer.builder().initialSeed(s -> s.connection(CONNECTION, c -> c.name("again"))).build()) {
      seeded.seed().connection(SOURCE);
      seeded.reset();
      assertThat(ok(TestClients.publicApi(seeded).connections().listConnections(null, null, null, null, null)).getData())
          .extracting(ConnectionResponse::getName)
          .isEqualTo(List.of("again"));
    }
  }
}
