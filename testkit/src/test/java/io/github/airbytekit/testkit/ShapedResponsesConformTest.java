package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.support.CapturedResponses;
import io.github.airbytekit.testkit.support.OpenApiSchemas;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.VersionProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer of every route, shaped to each version, still matches our openapi/ documents, except where our
 * documents require a property that the version does not: those are listed by name (they are what a client must
 * not depend on against that version).
 */
class ShapedResponsesConformTest {
  private static final Pattern REQUIRED = Pattern.compile("\\$[^ ]*\\.(\\w+) is required by (\\w+)");

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "1.6.0", "1.8.0", "2.0.0", "latest"})
  void everyShapedAnswerMatchesOurDocumentsButForPropertiesOnlyWeRequire(String version) {
    CapturedResponses.drain();
    try (FakeAirbyteServer server = FakeAirbyteServer.builder().airbyteVersion(version).demoSeed().build()) {
      Tour.everyRoute(server);
    }
    List<CapturedResponses.Captured> captured = CapturedResponses.drain();
    Set<String> onlyWeRequire = new TreeSet<>();
    List<String> violations = new ArrayList<>();
    for (CapturedResponses.Captured response : captured) {
      for (String violation : OpenApiSchemas.violations(response)) {
        Matcher required = REQUIRED.matcher(violation);
        String api = response.path.startsWith("/api/public/") ? "public" : "config";
        if (required.matches()
            && !VersionProfiles.required(version, api, required.group(2)).contains(required.group(1))) {
          onlyWeRequire.add(required.group(2) + "." + required.group(1));
        } else {
          violations.add(response + ": " + violation);
        }
      }
    }

    assertThat(captured).hasSizeGreaterThan(25);
    assertThat(violations).isEmpty();
    // The same lists are in the README ("Airbyte versions"): a client must not depend on these there.
    assertThat(onlyWeRequire).as("required by our documents, not by Airbyte " + version)
        .containsExactlyElementsOf(ONLY_WE_REQUIRE.get(version));
  }

  private static final java.util.Map<String, List<String>> ONLY_WE_REQUIRE = java.util.Map.of(
      "1.4.0", List.of("ActorDefinitionVersionRead.supportsDataActivation", "ConnectionResponse.tags",
          "WebBackendConnectionRead.onDemandEnabled", "WorkspaceResponse.notifications"),
      "1.6.0", List.of("ActorDefinitionVersionRead.supportsDataActivation", "WebBackendConnectionRead.onDemandEnabled"),
      "1.8.0", List.of("WebBackendConnectionRead.onDemandEnabled"),
      "2.0.0", List.of("WebBackendConnectionRead.onDemandEnabled"),
      "latest", List.of());

  /** Requests that reach every route, with data that makes optional properties appear. */
  static final class Tour {
    private Tour() {}

    static void everyRoute(FakeAirbyteServer server) {
      String root = server.apiRoot();
      String config = server.configApiRoot();
      TestClients.raw(TestClients.anonymous(), "POST", root + "/applications/token",
          "{\"client_id\":\"" + server.clientId() + "\",\"client_secret\":\"" + server.clientSecret() + "\"}",
          "application/json");
      get(server, root + "/workspaces/" + server.workspaceId());
      get(server, root + "/workspaces");
      TestClients.raw(server, "POST", root + "/sources", "{\"name\":\"New\",\"workspaceId\":\"" + server.workspaceId()
          + "\",\"configuration\":{\"sourceType\":\"faker\",\"count\":5}}");
      TestClients.raw(server, "PATCH", root + "/sources/" + DemoSeed.POSTGRES_SOURCE_ID, "{\"name\":\"Renamed\"}");
      TestClients.raw(server, "POST", root + "/destinations", "{\"name\":\"New\",\"workspaceId\":\""
          + server.workspaceId() + "\",\"definitionId\":\"22f6c74f-5699-40ff-833c-4a879ea40133\",\"configuration\":{}}");
      TestClients.raw(server, "PATCH", root + "/destinations/" + DemoSeed.BIGQUERY_DESTINATION_ID,
          "{\"configuration\":{\"dataset_id\":\"raw\"}}");
      get(server, root + "/connections?limit=2");
      get(server, root + "/connections?limit=2&offset=2");
      for (String id : List.of(DemoSeed.STREAM_CONNECTION_ID, DemoSeed.GLOBAL_CONNECTION_ID,
          DemoSeed.LEGACY_CONNECTION_ID, DemoSeed.NEVER_SYNCED_CONNECTION_ID)) {
        get(server, root + "/connections/" + id);
        TestClients.raw(server, "POST", config + "/state/get", "{\"connectionId\":\"" + id + "\"}");
        TestClients.raw(server, "POST", config + "/web_backend/connections/get", "{\"connectionId\":\"" + id + "\"}");
      }
      TestClients.raw(server, "PATCH", root + "/connections/" + DemoSeed.NEVER_SYNCED_CONNECTION_ID,
          "{\"name\":\"renamed\",\"configurations\":{\"streams\":[{\"name\":\"users\"}]}}");
      TestClients.raw(server, "POST", root + "/connections", "{\"sourceId\":\"" + DemoSeed.FAKER_SOURCE_ID
          + "\",\"destinationId\":\"" + DemoSeed.BIGQUERY_DESTINATION_ID + "\",\"configurations\":{\"streams\":"
          + "[{\"name\":\"users\",\"syncMode\":\"full_refresh_append\"}]}}");
      server.jobs().structuredLogs(DemoSeed.GLOBAL_CONNECTION_ID, true);
      for (FakeJob job : server.jobs().all()) {
        get(server, root + "/jobs/" + job.id());
        TestClients.raw(server, "POST", config + "/jobs/get", "{\"id\":" + job.id() + "}");
      }
      get(server, root + "/jobs?limit=1&offset=1");
      TestClients.raw(server, "POST", root + "/jobs",
          "{\"connectionId\":\"" + DemoSeed.STREAM_CONNECTION_ID + "\",\"jobType\":\"sync\"}");
      long open = server.jobs().openJob(DemoSeed.STREAM_CONNECTION_ID).orElseThrow().id();
      get(server, root + "/jobs/" + open);
      TestClients.raw(server, "POST", config + "/jobs/get", "{\"id\":" + open + "}");
      TestClients.raw(server, "DELETE", root + "/jobs/" + open, null);
      TestClients.raw(server, "POST", config + "/state/create_or_update_safe", "{\"connectionId\":\""
          + DemoSeed.NEVER_SYNCED_CONNECTION_ID + "\",\"connectionState\":{\"stateType\":\"legacy\",\"connectionId\":\""
          + DemoSeed.NEVER_SYNCED_CONNECTION_ID + "\",\"state\":{\"cursor\":1}}}");
      TestClients.raw(server, "POST", config + "/web_backend/connections/update", "{\"connectionId\":\""
          + DemoSeed.LEGACY_CONNECTION_ID + "\",\"name\":\"legacy\",\"skipReset\":true}");
      for (String kind : List.of("sources", "destinations")) {
        get(server, root + "/" + kind + "?limit=1");
      }
      get(server, root + "/sources/" + DemoSeed.STRIPE_SOURCE_ID);
      get(server, root + "/destinations/" + DemoSeed.BIGQUERY_DESTINATION_ID);
      TestClients.raw(server, "DELETE", root + "/sources/" + DemoSeed.MYSQL_SOURCE_ID, null);
      // Errors in both APIs' shapes.
      get(server, root + "/connections/" + java.util.UUID.randomUUID());
      TestClients.raw(server, "POST", config + "/state/get", "{\"connectionId\":\"" + java.util.UUID.randomUUID() + "\"}");
      TestClients.raw(server, "POST", config + "/state/get", "{}");
      TestClients.raw(server, "POST", config + "/state/get", "[");
    }

    private static void get(FakeAirbyteServer server, String url) {
      TestClients.raw(server, "GET", url, null);
    }
  }
}
