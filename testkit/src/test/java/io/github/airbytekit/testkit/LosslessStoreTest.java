package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.Test;

/**
 * The fake stands for an Airbyte that may be newer than the client: per-stream properties it does not interpret
 * (in public API stream configurations and Config API catalog entries) are stored and returned byte for byte, so
 * a client's lossless write-back can be tested. Not checked against openapi/: such properties are undocumented by
 * definition.
 */
class LosslessStoreTest {
  private static final FakeAirbyteServer SERVER = FakeAirbyteServer.builder().demoSeed().build();
  private static final String STREAM = DemoSeed.STREAM_CONNECTION_ID;

  @BeforeTry
  void reset() {
    SERVER.reset();
  }

  @AfterContainer
  static void close() {
    SERVER.close();
  }

  /** An unknown property: a name no stream configuration has and a JSON value in unusual spelling. */
  @Provide
  Arbitrary<String[]> unknownProperty() {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(n -> "future" + n);
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.integers().map(i -> i + ".50"),
        Arbitraries.integers().between(1, 99).map(i -> i + "e3"),
        Arbitraries.strings().alpha().numeric().ofMaxLength(8).map(t -> "{\"x\":[1.0,\"" + t + "\",null],\"y\":{}}"),
        Arbitraries.of("true", "null", "[]", "\"\\u00e9\"", "-0.0"));
    return Combinators.combine(names, values).as((name, value) -> new String[] {name, value});
  }

  @Property(tries = 40)
  void aPatchedStreamConfigurationKeepsWhatTheFakeDoesNotInterpret(@ForAll("unknownProperty") String[] unknown) {
    String body = "{\"configurations\":{\"streams\":[{\"name\":\"charges\",\"syncMode\":\"incremental_append\","
        + "\"" + unknown[0] + "\":" + unknown[1] + "},{\"name\":\"customers\"}]}}";
    RawResponse patch = TestClients.raw(SERVER, "PATCH", SERVER.apiRoot() + "/connections/" + STREAM, body);
    assertThat(patch.status).as(patch.body).isEqualTo(200);

    List<StreamConfiguration> streams =
        ok(api().connections().getConnection(UUID.fromString(STREAM))).getConfigurations().getStreams();

    assertThat(streams).extracting(StreamConfiguration::getName).containsExactly("charges", "customers");
    assertThat(streams.get(0).getAdditionalProperties()).containsExactly(
        java.util.Map.entry(unknown[0], RawJson.of(unknown[1])));
    assertThat(streams.get(0).getAdditionalProperties().get(unknown[0]).toJson()).isEqualTo(unknown[1]);
    assertThat(streams.get(1).getAdditionalProperties()).isEmpty();
  }

  @Property(tries = 40)
  void anUpdatedCatalogKeepsWhatTheFakeDoesNotInterpret(@ForAll("unknownProperty") String[] unknown) {
    String entry = "{\"stream\":{\"name\":\"users\",\"" + unknown[0] + "\":" + unknown[1] + "},"
        + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":true,"
        + "\"" + unknown[0] + "\":" + unknown[1] + "},\"" + unknown[0] + "\":" + unknown[1] + "}";
    RawResponse update = TestClients.raw(SERVER, "POST", SERVER.configApiRoot() + "/web_backend/connections/update",
        "{\"connectionId\":\"" + STREAM + "\",\"skipReset\":true,\"syncCatalog\":{\"streams\":[" + entry + "]}}");
    assertThat(update.status).as(update.body).isEqualTo(200);

    SyncCatalog catalog = ok(config().webBackend().webBackendGetConnection(
        new WebBackendConnectionRequestBody().connectionId(UUID.fromString(STREAM)))).getSyncCatalog();

    SyncCatalogEntry users = catalog.getStreams().get(0);
    assertThat(users.getAdditionalProperties().get(unknown[0]).toJson()).isEqualTo(unknown[1]);
    assertThat(users.getStream().getAdditionalProperties().get(unknown[0]).toJson()).isEqualTo(unknown[1]);
    assertThat(users.getConfig().getAdditionalProperties().get(unknown[0]).toJson()).isEqualTo(unknown[1]);
  }

  @Test
  void aCreatedConnectionKeepsSelectedFieldsMappersAndUnknownSettings() {
    String stream = "{\"name\":\"users\",\"selectedFields\":[{\"fieldPath\":[\"id\"],\"futureFlag\":1.0}],"
        + "\"mappers\":[{\"type\":\"hashing\",\"mapperConfiguration\":{\"method\":\"SHA-256\"}}],\"futureSetting\":{\"x\":1}}";
    RawResponse created = TestClients.raw(SERVER, "POST", SERVER.apiRoot() + "/connections",
        "{\"sourceId\":\"" + DemoSeed.FAKER_SOURCE_ID + "\",\"destinationId\":\"" + DemoSeed.BIGQUERY_DESTINATION_ID
            + "\",\"configurations\":{\"streams\":[" + stream + "]}}");
    assertThat(created.status).as(created.body).isEqualTo(200);
    String id = created.body.replaceAll(".*\"connectionId\":\"([^\"]+)\".*", "$1");

    StreamConfiguration users =
        ok(api().connections().getConnection(UUID.fromString(id))).getConfigurations().getStreams().get(0);

    assertThat(users.getSelectedFields().toJson()).isEqualTo("[{\"fieldPath\":[\"id\"],\"futureFlag\":1.0}]");
    assertThat(users.getMappers().toJson())
        .isEqualTo("[{\"type\":\"hashing\",\"mapperConfiguration\":{\"method\":\"SHA-256\"}}]");
    assertThat(users.getAdditionalProperties().get("futureSetting").toJson()).isEqualTo("{\"x\":1}");
  }

  @Test
  void aSeededCatalogComesBackWithItsUnknownProperties() {
    String catalog = "{\"streams\":[{\"stream\":{\"name\":\"users\"},\"config\":{\"syncMode\":\"full_refresh\","
        + "\"destinationSyncMode\":\"overwrite\",\"futureSetting\":2.50}}],\"futureCatalogFlag\":true}";
    SERVER.seed().connection(DemoSeed.NEVER_SYNCED_CONNECTION_ID,
        c -> c.syncCatalog(AirbyteJson.syncCatalog().read(catalog)));

    RawResponse read = TestClients.raw(SERVER, "POST", SERVER.configApiRoot() + "/web_backend/connections/get",
        "{\"connectionId\":\"" + DemoSeed.NEVER_SYNCED_CONNECTION_ID + "\"}");

    assertThat(read.body).contains("\"futureSetting\":2.50").contains("\"futureCatalogFlag\":true");
  }

  @Test
  void strictServersRefuseUnknownPerStreamProperties() {
    try (FakeAirbyteServer strict = FakeAirbyteServer.builder().strict(true).demoSeed().build()) {
      RawResponse patch = TestClients.raw(strict, "PATCH", strict.apiRoot() + "/connections/" + STREAM,
          "{\"configurations\":{\"streams\":[{\"name\":\"charges\",\"futureSetting\":1}]}}");

      assertThat(patch.status).isEqualTo(400);
      assertThat(patch.body).contains("futureSetting").contains("$.configurations.streams[0].futureSetting");
    }
  }

  private static PublicApiServices api() {
    return TestClients.publicApi(SERVER);
  }

  private static ConfigApiServices config() {
    return TestClients.configApi(SERVER);
  }
}
