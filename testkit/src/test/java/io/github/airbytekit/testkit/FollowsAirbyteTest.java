package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Behaviours where the fake follows Airbyte's server code (listed in testkit/README.md, "How the fake follows
 * Airbyte"); each test names what Airbyte does.
 */
@ExtendWith(ConformsToOpenApi.class)
class FollowsAirbyteTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  static final UUID STREAM = UUID.fromString(DemoSeed.STREAM_CONNECTION_ID);

  FakeAirbyteServer server;
  PublicApiServices api;
  ConfigApiServices config;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
    api = TestClients.publicApi(server);
    config = TestClients.configApi(server);
  }

  private TestClients.RawResponse patch(String json) {
    return TestClients.raw(server, "PATCH", server.apiRoot() + "/connections/" + STREAM, json);
  }

  private SyncCatalogEntry catalogEntry(String stream) {
    return ok(config.webBackend().webBackendGetConnection(
            new WebBackendConnectionRequestBody().connectionId(STREAM)))
        .getSyncCatalog().getStreams().stream().filter(e -> e.getStream().getName().equals(stream)).findFirst()
        .orElseThrow();
  }

  @Test
  void patchWithNamesOnlyResetsEachStreamToItsDefaultLikeAirbyte() {
    assertThat(catalogEntry("charges").getConfig().getSyncMode().wireValue()).isEqualTo("incremental");

    TestClients.RawResponse response = patch("{\"configurations\":{\"streams\":[{\"name\":\"charges\"},{\"name\":\"customers\"}]}}");

    assertThat(response.status).isEqualTo(200);
    ConnectionResponse connection = ok(api.connections().getConnection(STREAM));
    assertThat(connection.getConfigurations().getStreams()).extracting(StreamConfiguration::getName)
        .containsExactly("charges", "customers");
    for (StreamConfiguration stream : connection.getConfigurations().getStreams()) {
      assertThat(stream.getSyncMode().wireValue()).isEqualTo("full_refresh_overwrite");
    }
    for (String name : List.of("charges", "customers")) {
      SyncCatalogEntry entry = catalogEntry(name);
      StreamConfig reset = entry.getConfig();
      assertThat(reset.getSyncMode().wireValue()).isEqualTo("full_refresh");
      assertThat(reset.getDestinationSyncMode().wireValue()).isEqualTo("overwrite");
      // What a discovery proposes: the source's default cursor and source-defined key, none where it has none.
      assertThat(reset.getCursorField()).isEqualTo(
          entry.getStream().getDefaultCursorField() == null ? List.of() : entry.getStream().getDefaultCursorField());
      assertThat(reset.getPrimaryKey()).isEqualTo(entry.getStream().getSourceDefinedPrimaryKey() == null
          ? List.of() : entry.getStream().getSourceDefinedPrimaryKey());
    }
  }

  @Test
  void patchWithNamesOnlyClearsACursorAndKeyTheSourceDoesNotDefineLikeAirbyte() {
    String id = UUID.randomUUID().toString();
    server.seed().connection(id, c -> c.syncCatalog(io.github.airbytekit.testkit.internal.Json.parse(
        "{\"streams\":[{\"stream\":{\"name\":\"orders\",\"jsonSchema\":{\"type\":\"object\"},"
            + "\"supportedSyncModes\":[\"full_refresh\",\"incremental\"]},\"config\":{\"syncMode\":\"incremental\","
            + "\"destinationSyncMode\":\"append_dedup\",\"cursorField\":[\"updated_at\"],\"primaryKey\":[[\"id\"]],"
            + "\"selected\":true}}]}", io.github.airbytekit.domain.SyncCatalog.class)));

    TestClients.RawResponse response = TestClients.raw(server, "PATCH", server.apiRoot() + "/connections/" + id,
        "{\"configurations\":{\"streams\":[{\"name\":\"orders\"}]}}");

    assertThat(response.status).as(response.body).isEqualTo(200);
    StreamConfiguration orders = ok(api.connections().getConnection(UUID.fromString(id))).getConfigurations()
        .getStreams().get(0);
    assertThat(orders.getSyncMode().wireValue()).isEqualTo("full_refresh_overwrite");
    assertThat(orders.getCursorField()).isNullOrEmpty();
    assertThat(orders.getPrimaryKey()).isNullOrEmpty();
  }

  @Test
  void patchWithAnEmptyStreamListLeavesTheSelectionUnchangedLikeAirbyte() {
    ConnectionResponse before = ok(api.connections().getConnection(STREAM));

    assertThat(patch("{\"name\":\"renamed\",\"configurations\":{\"streams\":[]}}").status).isEqualTo(200);

    ConnectionResponse after = ok(api.connections().getConnection(STREAM));
    assertThat(after.getName()).isEqualTo("renamed");
    assertThat(after.getConfigurations()).isEqualTo(before.getConfigurations());
  }

  @Test
  void deletingASourceOrDestinationDeletesItsConnectionsFirstLikeAirbyte() {
    UUID postgres = UUID.fromString(DemoSeed.POSTGRES_SOURCE_ID);
    assertThat(TestClients.run(api.sources().deleteSource(postgres)).code()).isEqualTo(204);

    assertThat(ok(api.connections().getConnection(UUID.fromString(DemoSeed.GLOBAL_CONNECTION_ID))).getStatus().wireValue())
        .isEqualTo("deprecated");
    assertThat(ok(api.connections().listConnections(null, null, null, null, null)).getData())
        .extracting(ConnectionResponse::getSourceId).doesNotContain(postgres).isNotEmpty();

    assertThat(TestClients.run(api.destinations().deleteDestination(UUID.fromString(DemoSeed.BIGQUERY_DESTINATION_ID)))
        .code()).isEqualTo(204);
    assertThat(ok(api.connections().listConnections(null, null, null, null, null)).getData()).isEmpty();
    assertThat(ok(api.connections().getConnection(STREAM)).getStatus().wireValue()).isEqualTo("deprecated");
  }

  private TestClients.RawResponse configPost(String path, String json) {
    return TestClients.raw(server, "POST", server.configApiRoot() + path, json);
  }

  @Test
  void unknownStateTypeIsRefusedWith4xxLikeAirbyte() {
    TestClients.RawResponse response = configPost("/state/create_or_update_safe",
        "{\"connectionId\":\"" + STREAM + "\",\"connectionState\":{\"stateType\":\"bogus\",\"connectionId\":\""
            + STREAM + "\"}}");

    assertThat(response.status).isEqualTo(422);
    assertThat(response.body).contains("connectionState.stateType").contains("bogus");
    assertThat(configPost("/state/get", "{\"connectionId\":\"" + STREAM + "\"}").body).contains("\"stream\"");
  }

  @Test
  void aStateOfAnotherTypeIsRefusedUnlessTheStoredOneIsLegacyLikeAirbyte() {
    TestClients.RawResponse global = configPost("/state/create_or_update_safe",
        "{\"connectionId\":\"" + STREAM + "\",\"connectionState\":{\"stateType\":\"global\",\"connectionId\":\""
            + STREAM + "\",\"globalState\":{\"sharedState\":{\"lsn\":1},\"streamStates\":[]}}}");

    assertThat(global.status).isEqualTo(500);
    assertThat(global.body).contains("Unexpected type migration from 'STREAM' to 'GLOBAL'", "explicit reset");
    assertThat(configPost("/state/get", "{\"connectionId\":\"" + STREAM + "\"}").body).contains("\"stream\"");

    String legacy = DemoSeed.LEGACY_CONNECTION_ID;
    TestClients.RawResponse fromLegacy = configPost("/state/create_or_update_safe",
        "{\"connectionId\":\"" + legacy + "\",\"connectionState\":{\"stateType\":\"stream\",\"connectionId\":\""
            + legacy + "\",\"streamState\":[]}}");

    assertThat(fromLegacy.status).isEqualTo(200);
  }

  @Test
  void unknownSyncModeInAWebBackendUpdateIsRefusedWith4xxLikeAirbyte() {
    String catalog = "{\"streams\":[{\"stream\":{\"name\":\"charges\",\"jsonSchema\":{},"
        + "\"supportedSyncModes\":[\"full_refresh\"]},\"config\":{\"syncMode\":\"resumable\","
        + "\"destinationSyncMode\":\"overwrite\",\"selected\":true}}]}";

    TestClients.RawResponse response = configPost("/web_backend/connections/update",
        "{\"connectionId\":\"" + STREAM + "\",\"syncCatalog\":" + catalog + "}");

    assertThat(response.status).isEqualTo(422);
    assertThat(response.body).contains("syncCatalog.streams[0].config.syncMode").contains("resumable");
    assertThat(catalogEntry("charges").getConfig().getSyncMode().wireValue()).isEqualTo("incremental");
  }

  private TestClients.RawResponse create(String sourceId, String streams) {
    return TestClients.raw(server, "POST", server.apiRoot() + "/connections", "{\"sourceId\":\"" + sourceId
        + "\",\"destinationId\":\"" + DemoSeed.BIGQUERY_DESTINATION_ID + "\",\"configurations\":{\"streams\":"
        + streams + "}}");
  }

  private static UUID createdId(TestClients.RawResponse created) {
    return UUID.fromString(created.body.replaceAll(".*\"connectionId\":\"([^\"]+)\".*", "$1"));
  }

  @Test
  void createValidatesStreamNamesAgainstTheSourcesDiscoveredCatalogLikeAirbyte() {
    TestClients.RawResponse refused = create(DemoSeed.STRIPE_SOURCE_ID, "[{\"name\":\"invoices\"}]");

    assertThat(refused.status).isEqualTo(400);
    assertThat(refused.body).contains("Invalid stream found").contains("invoices");
    assertThat(ok(api.connections().listConnections(null, null, null, null, null)).getData())
        .extracting(ConnectionResponse::getSourceId).containsOnlyOnce(UUID.fromString(DemoSeed.STRIPE_SOURCE_ID));
  }

  @Test
  void createUsesTheDiscoveredSchemasAndSelectsOnlyTheListedStreamsLikeAirbyte() {
    TestClients.RawResponse created = create(DemoSeed.STRIPE_SOURCE_ID, "[{\"name\":\"balance_transactions\"}]");
    assertThat(created.status).as(created.body).isEqualTo(200);

    var catalog = ok(config.webBackend().webBackendGetConnection(
        new WebBackendConnectionRequestBody().connectionId(createdId(created)))).getSyncCatalog();
    assertThat(catalog.getStreams()).extracting(e -> e.getStream().getName())
        .containsExactly("charges", "customers", "balance_transactions");
    assertThat(catalog.getStreams()).extracting(e -> e.getConfig().isSelected()).containsExactly(false, false, true);
    assertThat(catalog.getStreams().get(2).getStream().getJsonSchema())
        .isEqualTo(catalogEntry("balance_transactions").getStream().getJsonSchema());
  }

  @Test
  void createWithoutConfigurationsSelectsEveryDiscoveredStreamAsFullRefreshOverwriteLikeAirbyte() {
    server.seed().discoveredCatalog(DemoSeed.FAKER_SOURCE_ID, catalogOf("users", "products", "purchases"));

    TestClients.RawResponse created = TestClients.raw(server, "POST", server.apiRoot() + "/connections",
        "{\"sourceId\":\"" + DemoSeed.FAKER_SOURCE_ID + "\",\"destinationId\":\"" + DemoSeed.BIGQUERY_DESTINATION_ID + "\"}");

    assertThat(created.status).as(created.body).isEqualTo(200);
    assertThat(ok(api.connections().getConnection(createdId(created))).getConfigurations().getStreams())
        .extracting(s -> s.getName() + ":" + s.getSyncMode().wireValue())
        .containsExactly("users:full_refresh_overwrite", "products:full_refresh_overwrite",
            "purchases:full_refresh_overwrite");
  }

  private static io.github.airbytekit.domain.SyncCatalog catalogOf(String... names) {
    StringBuilder json = new StringBuilder("{\"streams\":[");
    for (int i = 0; i < names.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"stream\":{\"name\":\"").append(names[i])
          .append("\",\"jsonSchema\":{\"type\":\"object\"},\"supportedSyncModes\":[\"full_refresh\"]},")
          .append("\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"append\"}}");
    }
    return io.github.airbytekit.testkit.internal.Json.parse(json.append("]}").toString(),
        io.github.airbytekit.domain.SyncCatalog.class);
  }

  @Test
  void seededConnectorsCarryAirbytesRegistryDefinitionIds() {
    assertThat(ok(api.sources().getSource(UUID.fromString(DemoSeed.STRIPE_SOURCE_ID), null)).getDefinitionId())
        .hasToString("e094cb9a-26de-4645-8761-65c0c425d1de");
    assertThat(ok(api.sources().getSource(UUID.fromString(DemoSeed.POSTGRES_SOURCE_ID), null)).getDefinitionId())
        .hasToString("decd338e-5647-4c0b-adf4-da0e75f5a750");
    assertThat(ok(api.sources().getSource(UUID.fromString(DemoSeed.MYSQL_SOURCE_ID), null)).getDefinitionId())
        .hasToString("435bb9a5-7887-4809-aa58-28c27df0d7ad");
    assertThat(ok(api.sources().getSource(UUID.fromString(DemoSeed.FAKER_SOURCE_ID), null)).getDefinitionId())
        .hasToString("dfd88b22-b603-4c3d-aad7-3701784586b1");
    assertThat(ok(api.destinations().getDestination(UUID.fromString(DemoSeed.BIGQUERY_DESTINATION_ID), null))
        .getDefinitionId()).hasToString("22f6c74f-5699-40ff-833c-4a879ea40133");
    UUID generated = UUID.randomUUID();
    server.seed().workspace(UUID.randomUUID().toString(), "other").connection(generated.toString());
    assertThat(ok(api.destinations().getDestination(ok(api.connections().getConnection(generated)).getDestinationId(), null))
        .getDefinitionId()).hasToString("a625d593-bba5-4a1c-a53d-2d246268a816");
  }

  private TestClients.RawResponse call(String method, String path, String json) {
    return TestClients.raw(server, method, server.apiRoot() + path, json);
  }

  @Test
  void workspacesAreListedAndReadLikeAirbyte() {
    server.seed().workspace("7c6d0a4e-5c1f-4a8e-9d1e-2f3a4b5c6d7e", "Analytics");

    assertThat(ok(api.workspaces().listWorkspaces(null, null, null, null)).getData())
        .extracting(w -> w.getName()).containsExactly("Default Workspace", "Analytics");
    assertThat(ok(api.workspaces().listWorkspaces(List.of(UUID.fromString("7c6d0a4e-5c1f-4a8e-9d1e-2f3a4b5c6d7e")),
        null, 1, 0)).getData()).extracting(w -> w.getName()).containsExactly("Analytics");
    assertThat(call("GET", "/workspaces?limit=1", null).body).contains("\"next\":");
    assertThat(call("GET", "/workspaces/" + UUID.randomUUID(), null).status).isEqualTo(404);
  }

  @Test
  void createdSourcesAndDestinationsAreStoredWithTheTypeTheirConfigurationOrDefinitionNamesLikeAirbyte() {
    TestClients.RawResponse source = call("POST", "/sources", "{\"name\":\"Shop\",\"workspaceId\":\""
        + server.workspaceId() + "\",\"configuration\":{\"sourceType\":\"postgres\",\"host\":\"db\"}}");
    assertThat(source.status).as(source.body).isEqualTo(200);
    String sourceId = source.body.replaceAll(".*\"sourceId\":\"([^\"]+)\".*", "$1");
    var stored = ok(api.sources().getSource(UUID.fromString(sourceId), null));
    assertThat(stored.getSourceType()).isEqualTo("postgres");
    assertThat(stored.getDefinitionId()).hasToString("decd338e-5647-4c0b-adf4-da0e75f5a750");
    assertThat(stored.getConfiguration().toJson()).isEqualTo("{\"host\":\"db\"}");

    TestClients.RawResponse destination = call("POST", "/destinations", "{\"name\":\"Lake\",\"workspaceId\":\""
        + server.workspaceId() + "\",\"definitionId\":\"22f6c74f-5699-40ff-833c-4a879ea40133\",\"configuration\":{}}");
    assertThat(destination.status).as(destination.body).isEqualTo(200);
    assertThat(destination.body).contains("\"destinationType\":\"bigquery\"");
    assertThat(ok(api.destinations().listDestinations(null, null, null, null)).getData()).hasSize(2);
  }

  @Test
  void invalidSourceOrDestinationCreatesAreRefusedAndStoreNothingLikeAirbyte() {
    String workspace = server.workspaceId();
    assertThat(call("POST", "/sources", "{\"workspaceId\":\"" + workspace + "\",\"configuration\":{\"sourceType\":\"faker\"}}")
        .status).isEqualTo(400);
    assertThat(call("POST", "/sources", "{\"name\":\"x\",\"workspaceId\":\"" + workspace + "\"}").status).isEqualTo(400);
    assertThat(call("POST", "/sources", "{\"name\":\"x\",\"workspaceId\":\"" + workspace + "\",\"configuration\":{}}").body)
        .contains("definitionId is required when configuration has no sourceType");
    assertThat(call("POST", "/sources", "{\"name\":\"x\",\"workspaceId\":\"" + UUID.randomUUID()
        + "\",\"configuration\":{\"sourceType\":\"faker\"}}").status).isEqualTo(404);
    assertThat(call("POST", "/destinations", "{\"name\":\"x\",\"workspaceId\":\"" + workspace
        + "\",\"definitionId\":\"nope\",\"configuration\":{}}").status).isEqualTo(400);

    assertThat(ok(api.sources().listSources(null, null, null, null)).getData()).hasSize(4);
    assertThat(ok(api.destinations().listDestinations(null, null, null, null)).getData()).hasSize(1);
  }

  @Test
  void patchMergesTheConfigurationAndKeepsMaskedSecretsLikeAirbyte() {
    UUID postgres = UUID.fromString(DemoSeed.POSTGRES_SOURCE_ID);
    String before = ok(api.sources().getSource(postgres, null)).getConfiguration().toJson();
    assertThat(before).contains("\"password\":\"**********\"");

    TestClients.RawResponse patched = call("PATCH", "/sources/" + postgres,
        "{\"name\":\"Shop DB\",\"configuration\":{\"port\":6543,\"password\":\"**********\"}}");

    assertThat(patched.status).as(patched.body).isEqualTo(200);
    var source = ok(api.sources().getSource(postgres, null));
    assertThat(source.getName()).isEqualTo("Shop DB");
    assertThat(source.getConfiguration().toJson()).contains("\"port\":6543").contains("\"password\":\"**********\"");
    assertThat(call("PATCH", "/sources/" + postgres, "{\"name\":\" \"}").status).isEqualTo(400);
    assertThat(call("PATCH", "/destinations/" + UUID.randomUUID(), "{\"name\":\"x\"}").status).isEqualTo(404);
    assertThat(call("PATCH", "/destinations/" + DemoSeed.BIGQUERY_DESTINATION_ID, "{\"name\":\"Lake\"}").body)
        .contains("\"name\":\"Lake\"");
  }

  @Test
  void secretsOfAConfigurationAreServedMaskedAndAMaskSentBackKeepsThemLikeAirbyte() {
    TestClients.RawResponse created = call("POST", "/sources", "{\"name\":\"Shop\",\"workspaceId\":\""
        + server.workspaceId() + "\",\"configuration\":{\"sourceType\":\"postgres\",\"host\":\"db\",\"port\":5432,"
        + "\"password\":\"hunter2\",\"apiKey\":\"k-1\",\"tunnel_method\":{\"tunnel_method\":\"SSH_KEY_AUTH\","
        + "\"ssh_key\":\"-----BEGIN\"},\"credentials\":{\"auth_type\":\"oauth2\",\"client_id\":\"app\","
        + "\"client_secret\":\"s-1\",\"refresh_token\":\"r-1\"}}}");
    assertThat(created.status).as(created.body).isEqualTo(200);
    String masked = "{\"host\":\"db\",\"port\":5432,\"password\":\"**********\",\"apiKey\":\"**********\","
        + "\"tunnel_method\":{\"tunnel_method\":\"SSH_KEY_AUTH\",\"ssh_key\":\"**********\"},"
        + "\"credentials\":{\"auth_type\":\"oauth2\",\"client_id\":\"app\",\"client_secret\":\"**********\","
        + "\"refresh_token\":\"**********\"}}";
    assertThat(created.body).contains("\"configuration\":" + masked).doesNotContain("hunter2");
    UUID sourceId = UUID.fromString(created.body.replaceAll(".*\"sourceId\":\"([^\"]+)\".*", "$1"));
    assertThat(ok(api.sources().getSource(sourceId, null)).getConfiguration().toJson()).isEqualTo(masked);
    assertThat(ok(api.sources().listSources(null, null, null, null)).getData())
        .extracting(s -> s.getConfiguration().toJson()).noneMatch(json -> json.contains("hunter2"));

    TestClients.RawResponse patched = call("PATCH", "/sources/" + sourceId,
        "{\"configuration\":{\"password\":\"**********\",\"credentials\":{\"client_secret\":\"**********\"}}}");
    assertThat(patched.status).as(patched.body).isEqualTo(200);
    assertThat(patched.body).contains("\"configuration\":" + masked);
  }
}
