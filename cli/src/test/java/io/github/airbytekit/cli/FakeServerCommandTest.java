package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FakeServerCommandTest {
  @TempDir Path dir;

  /** A {@code fake-server} running in the background, and what it printed. */
  private static final class Running {
    final Thread thread;
    final AtomicInteger exit = new AtomicInteger(-1);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final StringWriter err = new StringWriter();

    Running(String... args) throws InterruptedException {
      thread =
          new Thread(
              () ->
                  exit.set(
                      AirbytekitCli.execute(
                          args,
                          Map.of(),
                          new ByteArrayInputStream(new byte[0]),
                          out,
                          new PrintWriter(err, true),
                          false,
                          false,
                          null,
                          null)));
      thread.start();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (!out.toString(StandardCharsets.UTF_8).contains("\"connections\"") && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      while (!out.toString(StandardCharsets.UTF_8).strip().endsWith("}") && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
    }

    Map<String, Object> info() {
      return FakeAirbyte.object(out.toString(StandardCharsets.UTF_8));
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }

  @Test
  void runsUntilStoppedAndPrintsWhatAClientNeeds() throws Exception {
    Running server = new Running("fake-server", "--seed", "demo");
    Map<String, Object> info = server.info();
    assertThat(info).containsKeys("apiUrl", "configApiUrl", "workspaceId", "clientId", "clientSecret");
    assertThat((List<?>) info.get("connections")).hasSize(4);
    assertThat(server.err.toString()).contains("export AIRBYTE_API_ROOT=" + info.get("apiUrl"));

    // A client configured from what it printed works.
    CliRun run =
        CliRun.with()
            .env("AIRBYTE_API_ROOT", (String) info.get("apiUrl"))
            .env("AIRBYTE_CLIENT_ID", (String) info.get("clientId"))
            .env("AIRBYTE_CLIENT_SECRET", (String) info.get("clientSecret"))
            .run("state", "dump", FakeAirbyte.STREAM_CONN);
    assertThat(run.exitCode).as(run.err).isZero();

    server.stop();
    assertThat(server.thread.isAlive()).isFalse();
    assertThat(server.exit.get()).isZero();
  }

  @Test
  void behavesAsTheAirbyteVersionItIsGiven() throws Exception {
    Running server = new Running("fake-server", "--seed", "demo", "--airbyte-version", "2.0.0");
    try {
      Map<String, Object> info = server.info();
      assertThat(info).containsEntry("airbyteVersion", "2.0.0");
      // OkHttp, not java.net.http: the cli module (tests are compiled into it) reads okhttp3 only.
      String token = FakeAirbyte.object(post(info.get("apiUrl") + "/applications/token", null,
          "{\"client_id\":\"" + info.get("clientId") + "\",\"client_secret\":\"" + info.get("clientSecret") + "\"}"))
          .get("access_token").toString();
      String connection = post(info.get("configApiUrl") + "/web_backend/connections/get", token,
          "{\"connectionId\":\"" + FakeAirbyte.STREAM_CONN + "\"}");

      // Airbyte 2.0.0 has no onDemandEnabled; latest (the default) sends it.
      assertThat(FakeAirbyte.object(connection)).containsKey("syncCatalog").doesNotContainKey("onDemandEnabled");
    } finally {
      server.stop();
    }
    assertThat(server.exit.get()).isZero();
  }

  @Test
  void servesTheCloudLayoutWithStructuredLogsWhenAsked() throws Exception {
    Running server = new Running("fake-server", "--seed", "demo", "--layout", "cloud", "--structured-logs");
    try {
      Map<String, Object> info = server.info();
      assertThat(info.get("apiUrl").toString()).endsWith("/v1").doesNotContain("/api/public");
      assertThat(info.get("configApiUrl").toString()).endsWith("/api/v1");
      String token = FakeAirbyte.object(post(info.get("apiUrl") + "/applications/token", null,
          "{\"client_id\":\"" + info.get("clientId") + "\",\"client_secret\":\"" + info.get("clientSecret") + "\"}"))
          .get("access_token").toString();
      assertThat(post(info.get("configApiUrl") + "/jobs/get", token, "{\"id\":1}")).contains("\"logType\":\"structured\"");
    } finally {
      server.stop();
    }
    assertThat(server.exit.get()).isZero();
  }

  private static String post(Object url, @Nullable String token, String json) throws java.io.IOException {
    okhttp3.Request.Builder request = new okhttp3.Request.Builder().url(url.toString())
        .post(okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json")));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (okhttp3.Response response = new okhttp3.OkHttpClient().newCall(request.build()).execute()) {
      return response.body().string();
    }
  }

  @Test
  void anUnknownAirbyteVersionIsAUsageError() {
    CliRun run = CliRun.run("fake-server", "--airbyte-version", "0.9.9");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--airbyte-version").contains("0.9.9").contains("1.4.0");
  }

  @Test
  void aMissingSeedFileOrBadPortIsAUsageError() {
    assertThat(CliRun.run("fake-server", "--seed", dir.resolve("nope.json").toString()).exitCode).isEqualTo(2);
    assertThat(CliRun.run("fake-server", "--port", "70000").exitCode).isEqualTo(2);
  }

  @Test
  void anInvalidSeedFileIsAUsageError() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "this is not a seed");

    CliRun run = CliRun.run("fake-server", "--seed", seed.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ");
  }
}
