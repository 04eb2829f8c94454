package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.FakeJobStatus.QUEUED;
import static io.github.airbytekit.testkit.FakeJobStatus.RUNNING;
import static io.github.airbytekit.testkit.FakeJobStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import io.github.airbytekit.testkit.support.VersionProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake behaves as the Airbyte version it is told: minimal responses, the version's enums and behaviour. */
class AirbyteVersionsTest {
  static final String STREAM = DemoSeed.STREAM_CONNECTION_ID;
  static final String GLOBAL = DemoSeed.GLOBAL_CONNECTION_ID;

  static FakeAirbyteServer fake(String version) {
    return FakeAirbyteServer.builder().airbyteVersion(version).demoSeed().build();
  }

  static RawResponse get(FakeAirbyteServer server, String path) {
    return TestClients.raw(server, "GET", server.apiRoot() + path, null);
  }

  static RawResponse post(FakeAirbyteServer server, String configPath, String json) {
    return TestClients.raw(server, "POST", server.configApiRoot() + configPath, json);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(RawResponse response) {
    assertThat(response.status).as(response.body).isBetween(200, 299);
    try {
      return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(response.body)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void versionsAreTheShippedProfilesOldestFirst() {
    assertThat(AirbyteVersion.supported()).extracting(AirbyteVersion::name)
        .containsExactly("1.4.0", "1.6.0", "1.8.0", "2.0.0", "latest");
    assertThat(AirbyteVersion.of("v1.6.0")).isEqualTo(AirbyteVersion.of("1.6.0"));
    assertThat(AirbyteVersion.of("latest")).isSameAs(AirbyteVersion.LATEST);
    assertThatThrownBy(() -> AirbyteVersion.of("0.50.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.50.0").hasMessageContaining("1.4.0, 1.6.0, 1.8.0, 2.0.0, latest");
    try (FakeAirbyteServer server = FakeAirbyteServer.start()) {
      assertThat(server.airbyteVersion()).isSameAs(AirbyteVersion.LATEST);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "1.6.0", "1.8.0", "2.0.0"})
  void jobListWithoutJobTypeReturnsSyncAndResetJobsOnlyUpToV2(String version) {
    try (FakeAirbyteServer server = fake(version)) {
      seedEveryJobType(server);

      assertThat(jobTypes(get(server, "/jobs?connectionId=" + DemoSeed.NEVER_SYNCED_CONNECTION_ID)))
          .containsExactly("reset", "sync");
      assertThat(jobTypes(get(server, "/jobs?jobType=refresh&connectionId=" + DemoSeed.NEVER_SYNCED_CONNECTION_ID)))
          .containsExactly("refresh");
    }
  }

  @Test
  void jobListWithoutJobTypeReturnsEveryJobTypeOnLatest() {
    try (FakeAirbyteServer server = fake("latest")) {
      seedEveryJobType(server);

      assertThat(jobTypes(get(server, "/jobs?connectionId=" + DemoSeed.NEVER_SYNCED_CONNECTION_ID)))
          .containsExactly("clear", "refresh", "reset", "sync");
    }
  }

  private static void seedEveryJobType(FakeAirbyteServer server) {
    for (String type : List.of("sync", "reset", "refresh", "clear")) {
      server.seed().job(DemoSeed.NEVER_SYNCED_CONNECTION_ID, type, SUCCEEDED);
    }
  }

  private static List<Object> jobTypes(RawResponse response) {
    List<Object> types = new ArrayList<>();
    list(json(response).get("data")).forEach(job -> types.add(job.get("jobType")));
    return types;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "1.6.0", "1.8.0", "2.0.0"})
  void aConnectionCarriesOnlyWhatTheVersionRequires(String version) {
    try (FakeAirbyteServer server = fake(version)) {
      Map<String, Object> connection = json(get(server, "/connections/" + STREAM));

      assertThat(connection.keySet())
          .containsExactlyInAnyOrderElementsOf(VersionProfiles.required(version, "public", "ConnectionResponse"))
          .doesNotContain("prefix", "namespaceFormat", "nonBreakingSchemaUpdatesBehavior");
      assertThat(object(connection.get("schedule"))).containsOnlyKeys("scheduleType");
    }
  }

  @Test
  void latestSendsFullResponses() {
    try (FakeAirbyteServer server = fake("latest")) {
      Map<String, Object> connection = json(get(server, "/connections/" + STREAM));

      assertThat(connection).containsKeys("prefix", "nonBreakingSchemaUpdatesBehavior", "namespaceDefinition");
      assertThat(object(connection.get("schedule"))).containsKey("cronExpression");
      assertThat(json(post(server, "/web_backend/connections/get", "{\"connectionId\":\"" + STREAM + "\"}")))
          .containsEntry("onDemandEnabled", false);
    }
  }

  @Test
  void v2WebBackendConnectionHasNoOnDemandEnabled() {
    try (FakeAirbyteServer server = fake("2.0.0")) {
      Map<String, Object> connection =
          json(post(server, "/web_backend/connections/get", "{\"connectionId\":\"" + STREAM + "\"}"));

      assertThat(connection).doesNotContainKey("onDemandEnabled").containsKeys("syncCatalog", "schemaChange", "tags");
      assertThat(connection.keySet())
          .containsExactlyInAnyOrderElementsOf(VersionProfiles.required("2.0.0", "config", "WebBackendConnectionRead"));
    }
  }

  @Test
  void v1_4StreamConfigurationsHaveNoNamespace() {
    try (FakeAirbyteServer old = fake("1.4.0"); FakeAirbyteServer latest = fake("latest")) {
      String path = "/connections/" + GLOBAL;

      assertThat(list(object(json(get(old, path)).get("configurations")).get("streams")))
          .extracting(stream -> stream.get("name")).containsExactly("orders", "customers");
      assertThat(list(object(json(get(old, path)).get("configurations")).get("streams")))
          .allSatisfy(stream -> assertThat(stream).doesNotContainKey("namespace").containsKey("syncMode"));
      assertThat(list(object(json(get(latest, path)).get("configurations")).get("streams")))
          .allSatisfy(stream -> assertThat(stream).containsEntry("namespace", "public"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "2.0.0"})
  void storedStateAndCatalogComeBackWholeInTheVersionsProperties(String version) {
    try (FakeAirbyteServer server = fake(version); FakeAirbyteServer latest = fake("latest")) {
      String request = "{\"connectionId\":\"" + GLOBAL + "\"}";

      assertThat(post(server, "/state/get", request).body).isEqualTo(post(latest, "/state/get", request).body);
      Map<String, Object> catalog = object(json(post(server, "/web_backend/connections/get", request)).get("syncCatalog"));
      assertThat(list(catalog.get("streams"))).allSatisfy(entry -> {
        assertThat(object(entry.get("stream"))).containsKeys("name", "jsonSchema", "supportedSyncModes");
        assertThat(object(entry.get("config"))).containsKeys("syncMode", "destinationSyncMode", "selected");
      });
    }
  }

  @Test
  void aQueuedJobIsPendingOnVersionsWithoutQueued() {
    try (FakeAirbyteServer old = fake("2.0.0"); FakeAirbyteServer latest = fake("latest")) {
      for (FakeAirbyteServer server : List.of(old, latest)) {
        server.jobs().script(STREAM, QUEUED, RUNNING);
        TestClients.raw(server, "POST", server.apiRoot() + "/jobs",
            "{\"connectionId\":\"" + STREAM + "\",\"jobType\":\"sync\"}");
      }

      long oldJob = old.jobs().openJob(STREAM).orElseThrow().id();
      assertThat(json(get(old, "/jobs/" + oldJob))).containsEntry("status", "pending");
      assertThat(old.jobs().get(oldJob).orElseThrow().status()).isEqualTo(FakeJobStatus.PENDING);
      long latestJob = latest.jobs().openJob(STREAM).orElseThrow().id();
      assertThat(json(get(latest, "/jobs/" + latestJob))).containsEntry("status", "queued");
    }
  }

  @Test
  void aLockedConnectionCannotExistOnVersionsWithoutLocked() {
    try (FakeAirbyteServer server = fake("2.0.0")) {
      assertThatThrownBy(() -> server.seed().connection(DemoSeed.NEVER_SYNCED_CONNECTION_ID, c -> c.status("locked")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("status is locked, a value Airbyte 2.0.0 does not have");

      RawResponse patch =
          TestClients.raw(server, "PATCH", server.apiRoot() + "/connections/" + STREAM, "{\"status\":\"locked\"}");
      assertThat(patch.status).isEqualTo(400);
      assertThat(patch.body).contains("$.status is locked");
      assertThat(json(get(server, "/connections/" + STREAM))).containsEntry("status", "active");
    }
  }

  @Test
  void syncModesTheVersionLacksAreRefusedOnInputAndLeftOutOfConfigurations() {
    try (FakeAirbyteServer old = fake("1.4.0")) {
      RawResponse patch = TestClients.raw(old, "PATCH", old.apiRoot() + "/connections/" + STREAM,
          "{\"configurations\":{\"streams\":[{\"name\":\"charges\",\"syncMode\":\"full_refresh_update\"}]}}");
      assertThat(patch.status).isEqualTo(400);
      assertThat(patch.body).contains("$.configurations.streams[0].syncMode is full_refresh_update");

      assertThatThrownBy(() -> old.seed().connection(DemoSeed.NEVER_SYNCED_CONNECTION_ID,
              c -> c.syncCatalog(catalog("full_refresh", "update"))))
          .hasMessageContaining("syncCatalog.streams[0].config.destinationSyncMode is update");

      // 1.4.0 has overwrite_dedup but not the public full_refresh_overwrite_deduped: the stream has no syncMode.
      old.seed().connection(DemoSeed.NEVER_SYNCED_CONNECTION_ID, c -> c.syncCatalog(catalog("full_refresh", "overwrite_dedup")));
      assertThat(list(object(json(get(old, "/connections/" + DemoSeed.NEVER_SYNCED_CONNECTION_ID))
          .get("configurations")).get("streams")))
          .singleElement().satisfies(stream -> assertThat(stream).containsOnlyKeys("name"));
    }
  }

  private static io.github.airbytekit.domain.SyncCatalog catalog(String syncMode, String destinationSyncMode) {
    return AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"users\","
        + "\"supportedSyncModes\":[\"full_refresh\"]},\"config\":{\"syncMode\":\"" + syncMode
        + "\",\"destinationSyncMode\":\"" + destinationSyncMode + "\",\"selected\":true}}]}");
  }

  @Test
  void standaloneMainTakesTheVersion() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (FakeAirbyteServer server = FakeAirbyteServerMain.start(new String[] {"--airbyte-version", "1.8.0"},
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(server.airbyteVersion().name()).isEqualTo("1.8.0");
      assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("AIRBYTE_VERSION=1.8.0");
    }
    java.io.PrintStream sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
    assertThatThrownBy(() -> FakeAirbyteServerMain.start(new String[] {"--airbyte-version", "3.1"}, sink))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.1");
  }
}
