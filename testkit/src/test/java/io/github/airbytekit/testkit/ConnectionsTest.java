package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static io.github.airbytekit.testkit.support.TestClients.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.publicapi.model.ConnectionCreateRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.ConnectionsResponse;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeEnum;
import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ConformsToOpenApi.class)
class ConnectionsTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  static final UUID STREAM = UUID.fromString(DemoSeed.STREAM_CONNECTION_ID);

  FakeAirbyteServer server;
  PublicApiServices api;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
    api = TestClients.publicApi(server);
  }

  private ConnectionResponse patch(ConnectionPatchRequest patch) {
    return ok(api.connections().patchConnection(STREAM, patch));
  }

  private int patchStatus(String json) {
    return TestClients.raw(server, "PATCH", server.apiRoot() + "/connections/" + STREAM, json).status;
  }

  @Test
  void getReturnsTheSeededConnectionWithSelectedStreamsAsConfigurations() {
    ConnectionResponse connection = ok(api.connections().getConnection(STREAM));

    assertThat(connection.getName()).isEqualTo("Stripe → Warehouse");
    assertThat(connection.getWorkspaceId()).isEqualTo(UUID.fromString(server.workspaceId()));
    assertThat(connection.getPrefix()).isEqualTo("stripe_");
    assertThat(connection.getSchedule().getCronExpression()).isEqualTo("0 0 6 * * ?");
    assertThat(connection.getConfigurations().getStreams())
        .extracting(StreamConfiguration::getName)
        .containsExactly("charges", "customers");
    assertThat(connection.getConfigurations().getStreams().get(0).getSyncMode())
        .isEqualTo(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY);
    assertThat(run(api.connections().getConnection(UUID.randomUUID())).code()).isEqualTo(404);
  }

  @Test
  void patchChangesOnlyWhatIsSent() {
    ConnectionResponse renamed = patch(new ConnectionPatchRequest().name("renamed"));
    assertThat(renamed.getName()).isEqualTo("renamed");
    assertThat(renamed.getPrefix()).isEqualTo("stripe_");
    assertThat(renamed.getSchedule().getCronExpression()).isEqualTo("0 0 6 * * ?");

    ConnectionResponse changed =
        patch(
            new ConnectionPatchRequest()
                .prefix("raw_")
                .status(ConnectionStatusEnum.INACTIVE)
                .schedule(new ConnectionSchedule().scheduleType(ScheduleTypeEnum.MANUAL)));
    assertThat(changed.getName()).isEqualTo("renamed");
    assertThat(changed.getPrefix()).isEqualTo("raw_");
    assertThat(changed.getStatus()).isEqualTo(ConnectionStatusEnum.INACTIVE);
    assertThat(changed.getSchedule().getScheduleType().wireValue()).isEqualTo("manual");
    assertThat(changed.getSchedule().getCronExpression()).isNull();
    assertThat(ok(api.connections().getConnection(STREAM))).isEqualTo(changed);
  }

  @Test
  void cronSchedulesAreValidatedAsQuartzAndAtMostHourly() {
    ConnectionResponse hourly =
        patch(new ConnectionPatchRequest().schedule(new ConnectionSchedule().scheduleType(ScheduleTypeEnum.CRON).cronExpression("0 0 * * * ?")));
    assertThat(hourly.getSchedule().getCronExpression()).isEqualTo("0 0 * * * ?");

    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0 */5 * * * ?\"}}")).isEqualTo(400);
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0 0 12 * *\"}}")).isEqualTo(400);
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"not a cron\"}}")).isEqualTo(400);
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\"}}")).isEqualTo(400);
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"basic\"}}")).isEqualTo(400);
    assertThat(ok(api.connections().getConnection(STREAM)).getSchedule().getCronExpression()).isEqualTo("0 0 * * * ?");

    server.seed().allowSubHourlySchedules();
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0 */5 * * * ?\"}}")).isEqualTo(200);
    assertThat(patchStatus("{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"* * * * * ?\"}}")).isEqualTo(400);
  }

  @Test
  void subHourlyProblemMessageNamesTheRule() {
    TestClients.RawResponse response =
        TestClients.raw(server, "PATCH", server.apiRoot() + "/connections/" + STREAM,
            "{\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0 */5 * * * ?\"}}");

    assertThat(response.body).contains("at least 1 hour apart");
    assertThat(response.headers.get("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void patchConfigurationsSelectsExactlyTheListedStreams() {
    StreamConfigurations only =
        new StreamConfigurations()
            .streams(
                List.of(
                    StreamConfiguration.of("balance_transactions", null)
                        .withSyncMode(ConnectionSyncMode.FULL_REFRESH_APPEND)));

    ConnectionResponse patched = patch(new ConnectionPatchRequest().configurations(only));

    assertThat(patched.getConfigurations().getStreams()).extracting(StreamConfiguration::getName).containsExactly("balance_transactions");
    assertThat(patched.getConfigurations().getStreams().get(0).getSyncMode().wireValue()).isEqualTo("full_refresh_append");
    assertThat(patchStatus("{\"configurations\":{\"streams\":[{\"name\":\"nope\"}]}}")).isEqualTo(400);
    assertThat(patchStatus("{\"configurations\":{\"streams\":[{\"name\":\"charges\"},{\"name\":\"charges\"}]}}")).isEqualTo(400);
  }

  @Test
  void refusedPatchChangesNothing() {
    assertThat(patchStatus("{\"name\":\"x\",\"status\":\"paused\"}")).isEqualTo(400);
    assertThat(patchStatus("{\"name\":\"x\",\"configurations\":{\"streams\":[{\"name\":\"nope\"}]}}")).isEqualTo(400);

    assertThat(ok(api.connections().getConnection(STREAM)).getName()).isEqualTo("Stripe → Warehouse");
  }

  @Test
  void unknownPropertiesAreDroppedByDefault() {
    assertThat(patchStatus("{\"name\":\"x\",\"nmae\":\"typo\"}")).isEqualTo(200);
    assertThat(ok(api.connections().getConnection(STREAM)).getName()).isEqualTo("x");
  }

  @Test
  void strictServersRefuseUnknownProperties() {
    try (FakeAirbyteServer strict = FakeAirbyteServer.builder().strict(true).demoSeed().build()) {
      TestClients.RawResponse response =
          TestClients.raw(strict, "PATCH", strict.apiRoot() + "/connections/" + STREAM, "{\"name\":\"x\",\"nmae\":\"typo\"}");
      assertThat(response.status).isEqualTo(400);
      assertThat(response.body).contains("nmae");
      assertThat(TestClients.raw(strict, "PATCH", strict.apiRoot() + "/connections/" + STREAM,
          "{\"schedule\":{\"scheduleType\":\"manual\",\"cron\":\"x\"}}").status).isEqualTo(400);
    }
  }

  @Test
  void deleteHidesTheConnectionFromListsButGetStillShowsIt() {
    assertThat(run(api.connections().deleteConnection(STREAM)).code()).isEqualTo(204);

    assertThat(ok(api.connections().getConnection(STREAM)).getStatus()).isEqualTo(ConnectionStatusEnum.DEPRECATED);
    assertThat(ok(api.connections().listConnections(null, null, null, null, null)).getData())
        .extracting(ConnectionResponse::getConnectionId)
        .doesNotContain(STREAM);
    assertThat(ok(api.connections().listConnections(null, null, true, null, null)).getData())
        .extracting(ConnectionResponse::getConnectionId)
        .contains(STREAM);
  }

  @Test
  void listPagesWithLimitOffsetAndNext() {
    for (int i = 0; i < 6; i++) {
      server.seed().connection(UUID.randomUUID().toString());
    }
    List<UUID> all = new ArrayList<>();
    Integer offset = 0;
    int pages = 0;
    while (true) {
      ConnectionsResponse page =
          ok(api.connections().listConnections(List.of(UUID.fromString(server.workspaceId())), null, false, 3, offset));
      page.getData().forEach(c -> all.add(c.getConnectionId()));
      pages++;
      if (page.getNext() == null) {
        break;
      }
      offset = Integer.valueOf(okhttp3.HttpUrl.get(page.getNext()).queryParameter("offset"));
    }

    assertThat(all).hasSize(10).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(4);
    assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections?limit=0", null).status).isEqualTo(400);
    assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections?limit=101", null).status).isEqualTo(400);
    assertThat(ok(api.connections().listConnections(List.of(UUID.randomUUID()), null, false, 100, 0)).getData()).isEmpty();
  }

  @Test
  void createConnectionBuildsACatalogFromConfigurations() {
    ConnectionResponse created =
        ok(
            api.connections()
                .createConnection(
                    new ConnectionCreateRequest()
                        .sourceId(UUID.fromString(DemoSeed.FAKER_SOURCE_ID))
                        .destinationId(UUID.fromString(DemoSeed.BIGQUERY_DESTINATION_ID))
                        .configurations(new StreamConfigurations().streams(List.of(StreamConfiguration.of("users", null))))));

    assertThat(created.getName()).isEqualTo("Sample Data → Warehouse");
    assertThat(created.getConfigurations().getStreams()).extracting(StreamConfiguration::getName).containsExactly("users");
    assertThat(ok(api.connections().getConnection(created.getConnectionId())).getStatus()).isEqualTo(ConnectionStatusEnum.ACTIVE);
  }

  @Test
  void sourcesAndDestinationsAreServedListedAndDeleted() {
    var source = ok(api.sources().getSource(UUID.fromString(DemoSeed.POSTGRES_SOURCE_ID), null));
    assertThat(source.getSourceType()).isEqualTo("postgres");
    assertThat(source.getConfiguration().toJson()).contains("\"password\":\"**********\"");
    assertThat(ok(api.sources().listSources(null, null, 2, 0)).getNext()).contains("offset=2");
    assertThat(ok(api.destinations().listDestinations(null, null, null, null)).getData()).hasSize(1);
    assertThat(ok(api.destinations().getDestination(UUID.fromString(DemoSeed.BIGQUERY_DESTINATION_ID), null)).getDestinationType())
        .isEqualTo("bigquery");

    assertThat(run(api.sources().deleteSource(UUID.fromString(DemoSeed.FAKER_SOURCE_ID))).code()).isEqualTo(204);
    assertThat(run(api.sources().getSource(UUID.fromString(DemoSeed.FAKER_SOURCE_ID), null)).code()).isEqualTo(404);
    assertThat(run(api.destinations().deleteDestination(UUID.randomUUID())).code()).isEqualTo(404);
  }

  @Test
  void strictServersRefuseEnumValuesTheDocumentsDoNotList() {
    String catalog = "{\"streams\":[{\"stream\":{\"name\":\"charges\",\"jsonSchema\":{},"
        + "\"supportedSyncModes\":[\"sometimes\"]},\"config\":{\"syncMode\":\"full_refresh\","
        + "\"destinationSyncMode\":\"overwrite\",\"selected\":true}}]}";
    String update = "{\"connectionId\":\"" + STREAM + "\",\"syncCatalog\":" + catalog + ",\"skipReset\":true}";
    try (FakeAirbyteServer strict = FakeAirbyteServer.builder().strict(true).demoSeed().build()) {
      TestClients.RawResponse refused =
          TestClients.raw(strict, "POST", strict.configApiRoot() + "/web_backend/connections/update", update);

      assertThat(refused.status).isEqualTo(422);
      assertThat(refused.body).contains("$.syncCatalog.streams[0].stream.supportedSyncModes[0]").contains("sometimes");
    }
  }
}
