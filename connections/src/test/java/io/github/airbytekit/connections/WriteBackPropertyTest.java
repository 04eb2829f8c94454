package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_UPDATE;
import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.STATE_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Whatever airbytekit reads and sends back keeps the properties it does not know, byte for byte (same digits,
 * same escapes, same nesting): random unknown properties go through every read-modify-write path and are found
 * unchanged in what is sent (the fake's request journal) and, where the fake keeps them, in its store. The fake
 * stands for a newer Airbyte for per-stream properties (stream configurations, catalog entries, their stream and
 * config): those are checked in its store, read back with a plain HTTP call. Properties elsewhere (a catalog's or a
 * state's own) it drops like Airbyte drops what it does not know, so only the bodies sent can show them. A scripted
 * server also checks that kept stream configurations are re-sent as whole objects, byte for byte.
 */
class WriteBackPropertyTest {
  private static final String WORKSPACE = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  /** One property this version does not know: a name no schema has, and the exact JSON text of its value. */
  record Unknown(String name, String json) {
    String member() {
      return "\"" + name + "\":" + json;
    }
  }

  @Provide
  Arbitrary<List<Unknown>> unknowns() {
    Arbitrary<Unknown> one = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(6), jsonValue(2)).as((name, json) -> new Unknown("future" + name, json));
    return one.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Unknown::name);
  }

  /** JSON texts a lossy reader would change: long and odd numbers, escapes, nesting, empty containers. */
  private static Arbitrary<String> jsonValue(int depth) {
    Arbitrary<String> leaf = Arbitraries.oneOf(
        Arbitraries.of("1.50", "-0.0", "1e400", "123456789012345678901234567890", "0.1000", "3E-7", "true",
            "false", "null", "{}", "[]", "\"\\u00e9\\n\"", "\"caf\u00e9\""),
        Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(20).negate(),
            java.math.BigInteger.TEN.pow(20)).map(String::valueOf),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5).map(s -> "\"" + s + "\""));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> array = jsonValue(depth - 1).list().ofMaxSize(3)
        .map(items -> "[" + String.join(",", items) + "]");
    Arbitrary<String> object = jsonValue(depth - 1).list().ofMaxSize(3).map(values -> {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        members.add("\"k" + i + "\":" + values.get(i));
      }
      return "{" + String.join(",", members) + "}";
    });
    return Arbitraries.oneOf(leaf, array, object);
  }

  private static String members(List<Unknown> unknowns) {
    return unknowns.stream().map(u -> "," + u.member()).collect(Collectors.joining());
  }

  @SafeVarargs
  private static List<Unknown> all(List<Unknown>... lists) {
    List<Unknown> all = new ArrayList<>();
    for (List<Unknown> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  private static void assertKept(String json, List<Unknown> unknowns) {
    for (Unknown unknown : unknowns) {
      assertThat(json).contains(unknown.member());
    }
  }

  // ---- stream selection: PATCH /connections/{id} re-sends kept configurations ------------------------------

  @Property(tries = 40)
  void streamSelectionSendsKeptConfigurationsBackByteForByte(
      @ForAll("unknowns") List<Unknown> users, @ForAll("unknowns") List<Unknown> orders) throws IOException {
    String usersJson = "{\"name\":\"users\",\"namespace\":\"public\",\"syncMode\":\"incremental_append\","
        + "\"cursorField\":[\"updated_at\"]" + members(users) + "}";
    String ordersJson = "{\"name\":\"orders\",\"namespace\":\"public\"" + members(orders) + "}";
    String connection = "{\"connectionId\":\"" + CONNECTION_ID + "\",\"name\":\"n\",\"sourceId\":\""
        + Fixtures.SOURCE_ID + "\",\"destinationId\":\"" + Fixtures.DESTINATION_ID + "\",\"workspaceId\":\""
        + WORKSPACE + "\",\"status\":\"active\",\"schedule\":{\"scheduleType\":\"manual\"},\"configurations\":"
        + "{\"streams\":[" + usersJson + "," + ordersJson + "]},\"createdAt\":1,\"tags\":[]}";
    String catalog = AirbyteJson.syncCatalog().write(Fixtures.catalog());
    List<String> patches = new ArrayList<>();
    try (MockWebServer airbyte = new MockWebServer()) {
      airbyte.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String line = request.getMethod() + " " + request.getRequestUrl().encodedPath();
          if (line.equals("POST /api/v1/web_backend/connections/get")) {
            return json("{\"connectionId\":\"" + CONNECTION_ID + "\",\"syncCatalog\":" + catalog + "}");
          }
          if (line.startsWith("PATCH")) {
            patches.add(request.getBody().snapshot().utf8());
          }
          return json(connection);
        }
      });
      airbyte.start();
      CloudConnection handle = CloudWorkspace.builder().workspaceId(WORKSPACE).bearerToken(Secret.of("t"))
          .apiRoot(airbyte.url("/api/public/v1").toString()).build().getConnection(CONNECTION_ID);

      handle.setSelectedStreams(List.of("users", "events"));
      handle.setSelectedStreamDescriptors(List.of(io.github.airbytekit.domain.StreamDescriptor.of("orders", "public")));
    }

    assertThat(patches).containsExactly(
        "{\"configurations\":{\"streams\":[" + usersJson + ",{\"name\":\"events\",\"namespace\":\"analytics\"}]}}",
        "{\"configurations\":{\"streams\":[" + ordersJson + "]}}");
  }

  @Property(tries = 25)
  void aStreamThatStaysSelectedKeepsItsUnknownSettingsInTheStore(@ForAll("unknowns") List<Unknown> users) {
    try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
      Fixtures.seedConnection(airbyte, "selection");
      // Set-up, not under test: a newer Airbyte's per-stream settings, written with a plain HTTP call.
      readStore(airbyte, "PATCH", airbyte.apiRoot() + "/connections/" + CONNECTION_ID, "{\"configurations\":"
          + "{\"streams\":[{\"name\":\"users\",\"namespace\":\"public\",\"syncMode\":\"incremental_append\","
          + "\"cursorField\":[\"updated_at\"]" + members(users) + "},{\"name\":\"orders\",\"namespace\":\"public\"}]}}");
      CloudConnection connection = Fixtures.workspace(airbyte).getConnection(CONNECTION_ID);

      connection.setSelectedStreams(List.of("users", "events"));

      assertKept(airbyte.requests().matching(Fixtures.PATCH_CONNECTION).last().orElseThrow().body(), users);
      assertKept(readStore(airbyte, "GET", airbyte.apiRoot() + "/connections/" + CONNECTION_ID, null), users);
    }
  }

  /** A plain HTTP call to the fake (not through the library under test); the body must be a success. */
  private static String readStore(FakeAirbyteServer airbyte, String method, String url, @Nullable String json) {
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + airbyte.issueToken())
        .method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json"))).build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as(body).isEqualTo(200);
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json").setBody(body);
  }

  // ---- catalog import: web_backend/connections/update --------------------------------------------------------

  @Property(tries = 25)
  void anImportedCatalogKeepsItsUnknownPropertiesOnEveryLevel(@ForAll("unknowns") List<Unknown> catalogLevel,
      @ForAll("unknowns") List<Unknown> streamLevel, @ForAll("unknowns") List<Unknown> configLevel)
      {
    String json = "{\"streams\":[{\"stream\":{\"name\":\"users\",\"namespace\":\"public\",\"jsonSchema\":"
        + "{\"type\":\"object\"},\"supportedSyncModes\":[\"full_refresh\"]" + members(streamLevel) + "},"
        + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":true"
        + members(configLevel) + "}}]" + members(catalogLevel) + "}";
    List<Unknown> all = all(catalogLevel, streamLevel, configLevel);
    try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
      Fixtures.seedConnection(airbyte, "catalog");
      CloudConnection connection = Fixtures.workspace(airbyte).getConnection(CONNECTION_ID);

      connection.importRawCatalogJson(json);

      assertKept(airbyte.requests().matching(CATALOG_UPDATE).last().orElseThrow().body(), all);
      List<Unknown> perStream = all(streamLevel, configLevel);
      assertKept(readStore(airbyte, "POST", airbyte.configApiRoot() + "/web_backend/connections/get",
          "{\"connectionId\":\"" + CONNECTION_ID + "\",\"withRefreshedCatalog\":false}"), perStream);
    }
  }

  // ---- state: import, and a one-stream edit that re-sends everything else ------------------------------------

  @Property(tries = 25)
  void anImportedStateKeepsItsUnknownProperties(@ForAll("unknowns") List<Unknown> stateLevel,
      @ForAll("unknowns") List<Unknown> entryLevel, @ForAll("unknowns") List<Unknown> descriptorLevel)
      {
    String json = "{\"stateType\":\"stream\",\"connectionId\":\"" + CONNECTION_ID + "\",\"streamState\":[{"
        + "\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"" + members(descriptorLevel) + "},"
        + "\"streamState\":{\"cursor\":\"2024-01-01\"}" + members(entryLevel) + "}]" + members(stateLevel) + "}";
    List<Unknown> all = all(stateLevel, entryLevel, descriptorLevel);
    try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
      Fixtures.seedConnection(airbyte, "state");
      CloudConnection connection = Fixtures.workspace(airbyte).getConnection(CONNECTION_ID);

      connection.importRawState(AirbyteJson.connectionState().read(json));

      assertKept(airbyte.requests().matching(STATE_WRITE).last().orElseThrow().body(), all);
    }
  }

  @Property(tries = 25)
  void settingOneStreamsStateKeepsEveryUnknownPropertyOfTheState(@ForAll("unknowns") List<Unknown> stateLevel,
      @ForAll("unknowns") List<Unknown> otherEntry, @ForAll("unknowns") List<Unknown> editedEntry)
      {
    String json = "{\"stateType\":\"stream\",\"connectionId\":\"" + CONNECTION_ID + "\",\"streamState\":["
        + "{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"c\":1}"
        + members(editedEntry) + "},"
        + "{\"streamDescriptor\":{\"name\":\"orders\"},\"streamState\":{\"c\":2}" + members(otherEntry) + "}]"
        + members(stateLevel) + "}";
    List<Unknown> all = all(stateLevel, otherEntry, editedEntry);
    try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
      airbyte.seed().connection(CONNECTION_ID, c -> c.name("state").syncCatalog(Fixtures.catalog())
          .state(AirbyteJson.connectionState().read(json)));
      CloudConnection connection = Fixtures.workspace(airbyte).getConnection(CONNECTION_ID);

      connection.setStreamState("users", "public", RawJson.of("{\"c\":1.50}"));

      String written = airbyte.requests().matching(STATE_WRITE).last().orElseThrow().body();
      assertKept(written, all);
      assertThat(written).contains("\"streamState\":{\"c\":1.50}").contains("\"streamState\":{\"c\":2}");
    }
  }
}
