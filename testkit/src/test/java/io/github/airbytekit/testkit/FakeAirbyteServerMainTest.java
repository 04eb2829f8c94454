package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.support.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(io.github.airbytekit.testkit.support.ConformsToOpenApi.class)
class FakeAirbyteServerMainTest {
  private static Map<String, String> printed(ByteArrayOutputStream out) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1).trim());
      }
    }
    return values;
  }

  @Test
  void printsRootsAndCredentialsThatWork() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FakeAirbyteServer server =
        FakeAirbyteServerMain.start(
            new String[] {"--seed", "demo", "--client-id", "cli", "--client-secret", "s3cret", "--token-lifetime", "60"},
            new PrintStream(out, true, StandardCharsets.UTF_8))) {
      Map<String, String> values = printed(out);

      assertThat(values)
          .containsEntry("AIRBYTE_API_ROOT", server.apiRoot())
          .containsEntry("AIRBYTE_CONFIG_API_ROOT", server.configApiRoot())
          .containsEntry("AIRBYTE_WORKSPACE_ID", DemoSeed.WORKSPACE_ID)
          .containsEntry("AIRBYTE_CLIENT_ID", "cli")
          .containsEntry("AIRBYTE_CLIENT_SECRET", "s3cret");
      TestClients.RawResponse token =
          TestClients.raw(TestClients.anonymous(), "POST", values.get("AIRBYTE_API_ROOT") + "/applications/token",
              "{\"client_id\":\"cli\",\"client_secret\":\"s3cret\",\"grant_type\":\"client_credentials\"}", "application/json");
      assertThat(token.body).contains("\"expires_in\":60");
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + DemoSeed.GLOBAL_CONNECTION_ID, null).status)
          .isEqualTo(200);
    }
  }

  @Test
  void emptySeedAndBadOptions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FakeAirbyteServer server =
        FakeAirbyteServerMain.start(new String[] {"--seed", "empty", "--strict"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections", null).body).isEqualTo("{\"data\":[]}");
    }
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--bogus"}, sink)).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--port"}, sink)).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--client-id", "x"}, sink)).hasMessageContaining("together");
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--seed", "/no/such/file.json"}, sink)).hasMessageContaining("--seed");
  }

  @Test
  void structuredLogsOptionMakesJobsGetSendEventsForEveryConnection() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (FakeAirbyteServer server = FakeAirbyteServerMain.start(new String[] {"--structured-logs"}, sink)) {
      FakeJob job = server.jobs().all().get(0);
      String info = TestClients.raw(server, "POST", server.configApiRoot() + "/jobs/get", "{\"id\":" + job.id() + "}").body;

      assertThat(info).contains("\"logType\":\"structured\"").contains("\"events\":[").doesNotContain("logLines");
      server.jobs().structuredLogs(job.connectionId(), false);
      assertThat(TestClients.raw(server, "POST", server.configApiRoot() + "/jobs/get", "{\"id\":" + job.id() + "}").body)
          .contains("\"logLines\":[");
    }
  }

  @Test
  void cloudLayoutServesThePublicApiUnderV1AndTheConfigApiUnderApiV1() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (FakeAirbyteServer server = FakeAirbyteServerMain.start(new String[] {"--layout", "cloud"}, sink)) {
      assertThat(server.apiRoot()).isEqualTo("http://127.0.0.1:" + server.port() + "/v1");
      assertThat(server.configApiRoot()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1");
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + DemoSeed.STREAM_CONNECTION_ID, null)
          .status).isEqualTo(200);
      assertThat(TestClients.raw(server, "POST", server.configApiRoot() + "/state/get",
          "{\"connectionId\":\"" + DemoSeed.STREAM_CONNECTION_ID + "\"}").status).isEqualTo(200);
      assertThat(TestClients.raw(server, "GET", "http://127.0.0.1:" + server.port() + "/api/public/v1/connections", null)
          .status).isEqualTo(404);
    }
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--layout", "oss"}, err))
        .hasMessageContaining("--layout");
  }

  @Test
  void adminEndpointServesTheJournalAndResetsAndSeedsBetweenTests() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FakeAirbyteServer server =
        FakeAirbyteServerMain.start(new String[] {"--seed", "empty"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      String admin = printed(out).get("AIRBYTE_FAKE_ADMIN");
      assertThat(admin).isEqualTo(server.adminRoot());
      okhttp3.OkHttpClient anonymous = TestClients.anonymous();
      TestClients.raw(server, "GET", server.apiRoot() + "/connections?limit=5", null);

      TestClients.RawResponse journal = TestClients.raw(anonymous, "GET", admin + "/requests", null, "application/json");
      assertThat(journal.status).isEqualTo(200);
      assertThat(journal.body).contains("\"method\":\"GET\"").contains("\"path\":\"/api/public/v1/connections\"")
          .contains("\"limit\":[\"5\"]").contains("\"status\":200").doesNotContain("/__admin");

      String seed = "{\"workspaces\":[{\"connections\":[{\"connectionId\":\"" + DemoSeed.STREAM_CONNECTION_ID
          + "\",\"name\":\"seeded over HTTP\"}]}]}";
      assertThat(TestClients.raw(anonymous, "POST", admin + "/seed", seed, "application/json").status).isEqualTo(204);
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + DemoSeed.STREAM_CONNECTION_ID, null)
          .body).contains("seeded over HTTP");
      assertThat(TestClients.raw(anonymous, "POST", admin + "/seed", "{\"workspaces\":[{\"connections\":[{}]}]}",
          "application/json").status).isEqualTo(400);

      assertThat(TestClients.raw(anonymous, "POST", admin + "/reset", "", "application/json").status).isEqualTo(204);
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections", null).body).isEqualTo("{\"data\":[]}");
      assertThat(TestClients.raw(anonymous, "GET", admin + "/requests", null, "application/json").body)
          .contains("\"requests\":[{").doesNotContain("seeded over HTTP");
      assertThat(TestClients.raw(anonymous, "GET", admin + "/nope", null, "application/json").status).isEqualTo(404);
    }
  }

  @Test
  void theExampleSeedFileStartsAServerWithItsDiscoveredCatalog() {
    java.nio.file.Path seed = java.nio.file.Path.of("examples", "seed.json");
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (FakeAirbyteServer server = FakeAirbyteServerMain.start(new String[] {"--seed", seed.toString()}, sink)) {
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/9924bcd0-99be-453d-ba47-c2c9766f7da5",
          null).body).contains("shop → warehouse");
      String create = "{\"sourceId\":\"95e66a59-8045-4307-9678-63bc3c9b8c93\",\"destinationId\":"
          + "\"e478de0d-a3a0-475c-b019-25f7dd29e281\",\"configurations\":{\"streams\":[{\"name\":\"refunds\"}]}}";
      assertThat(TestClients.raw(server, "POST", server.apiRoot() + "/connections", create).status).isEqualTo(200);
    }
  }
}
