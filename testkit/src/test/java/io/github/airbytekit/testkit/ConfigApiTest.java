package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static io.github.airbytekit.testkit.support.TestClients.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ConformsToOpenApi.class)
class ConfigApiTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  static final String STREAM = DemoSeed.STREAM_CONNECTION_ID;
  static final String GLOBAL = DemoSeed.GLOBAL_CONNECTION_ID;
  static final String NEVER = DemoSeed.NEVER_SYNCED_CONNECTION_ID;

  FakeAirbyteServer server;
  ConfigApiServices config;
  PublicApiServices api;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
    config = TestClients.configApi(server);
    api = TestClients.publicApi(server);
  }

  private ConnectionState state(String connectionId) {
    return ok(config.state().getState(new ConnectionIdRequestBody().connectionId(UUID.fromString(connectionId))));
  }

  private RawResponse post(String path, String json) {
    return TestClients.raw(server, "POST", server.configApiRoot() + path, json);
  }

  @Test
  void stateGetReturnsNotSetForANeverSyncedConnection() {
    ConnectionState state = state(NEVER);

    assertThat(state.getStateType()).isEqualTo(StateType.NOT_SET);
    assertThat(state.getConnectionId()).isEqualTo(NEVER);
  }

  @Test
  void stateGetReturnsTheSeededGlobalStateWithSnakeCaseSharedState() {
    RawResponse response = post("/state/get", "{\"connectionId\":\"" + GLOBAL + "\"}");

    assertThat(response.status).isEqualTo(200);
    assertThat(response.body).contains("\"shared_state\":").contains("\\\"lsn\\\":23896935").doesNotContain("sharedState");
    assertThat(post("/state/get", "{\"connectionId\":\"" + UUID.randomUUID() + "\"}").status).isEqualTo(404);
    assertThat(post("/state/get", "{\"connectionId\":\"not-a-uuid\"}").status).isEqualTo(422);
  }

  @Test
  void createOrUpdateSafeStoresExactlyWhatWasSent() {
    String state =
        "{\"stateType\":\"stream\",\"connectionId\":\"" + NEVER + "\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\"},"
            + "\"streamState\":{\"cursor\":12345678901234567890123,\"at\":\"2024-01-01T00:00:00.000000Z\",\"ü\":1.50}}]}";
    RawResponse written = post("/state/create_or_update_safe", "{\"connectionId\":\"" + NEVER + "\",\"connectionState\":" + state + "}");

    assertThat(written.status).isEqualTo(200);
    assertThat(written.body).isEqualTo(state);
    assertThat(post("/state/get", "{\"connectionId\":\"" + NEVER + "\"}").body).isEqualTo(state);
    assertThat(server.requests().matching("POST /api/v1/state/create_or_update_safe").count()).isEqualTo(1);
  }

  @Test
  void createOrUpdateSafeThroughTheGeneratedClientRoundTrips() {
    ConnectionState current = state(STREAM);
    ConnectionState changed = current.withStreamState("charges", null, RawJson.of("{\"created\":1}"));

    ConnectionState stored =
        ok(config.state().createOrUpdateStateSafe(
            new ConnectionStateCreateOrUpdate().connectionId(UUID.fromString(STREAM)).connectionState(changed)));

    assertThat(stored).isEqualTo(changed);
    assertThat(state(STREAM).findStream("charges", null).orElseThrow().getStreamState()).isEqualTo(RawJson.of("{\"created\":1}"));
  }

  @Test
  void createOrUpdateSafeIsLockedWhileAJobIsOpen() {
    server.jobs().script(STREAM, FakeJobStatus.RUNNING);
    long jobId = ok(api.jobs().createJob(new JobCreateRequest().connectionId(UUID.fromString(STREAM)).jobType(JobTypeEnum.SYNC))).getJobId();
    ok(api.jobs().getJob(jobId));
    String body = "{\"connectionId\":\"" + STREAM + "\",\"connectionState\":{\"stateType\":\"not_set\",\"connectionId\":\"" + STREAM + "\"}}";

    RawResponse locked = post("/state/create_or_update_safe", body);
    assertThat(locked.status).isEqualTo(423);
    assertThat(locked.body).contains("\"message\":");
    assertThat(state(STREAM).getStateType()).isEqualTo(StateType.STREAM);

    server.jobs().complete(jobId);
    assertThat(post("/state/create_or_update_safe", body).status).isEqualTo(200);
    assertThat(state(STREAM).getStateType()).isEqualTo(StateType.NOT_SET);
  }

  @Test
  void createOrUpdateSafeRejectsInvalidBodies() {
    assertThat(post("/state/create_or_update_safe", "{\"connectionId\":\"" + STREAM + "\"}").status).isEqualTo(422);
    assertThat(post("/state/create_or_update_safe", "{\"connectionState\":{\"stateType\":\"legacy\",\"state\":{}}}").status).isEqualTo(422);
    assertThat(post("/state/create_or_update_safe", "not json").status).isEqualTo(422);
    assertThat(post("/state/create_or_update_safe",
        "{\"connectionId\":\"" + STREAM + "\",\"connectionState\":{\"stateType\":\"stream\",\"connectionId\":\"" + STREAM + "\"}}").status)
        .isEqualTo(422);
    RawResponse mismatch =
        post("/state/create_or_update_safe",
            "{\"connectionId\":\"" + STREAM + "\",\"connectionState\":{\"stateType\":\"legacy\",\"connectionId\":\"" + GLOBAL + "\",\"state\":{}}}");
    assertThat(mismatch.status).isEqualTo(422);
    assertThat(mismatch.body).contains("does not match");
    assertThat(post("/state/create_or_update_safe",
        "{\"connectionId\":\"" + UUID.randomUUID() + "\",\"connectionState\":{\"stateType\":\"not_set\"}}").status).isEqualTo(404);
  }

  @Test
  void misspelledSharedStateIsDroppedByDefault() {
    RawResponse written =
        post("/state/create_or_update_safe",
            "{\"connectionId\":\"" + GLOBAL + "\",\"connectionState\":{\"stateType\":\"global\",\"connectionId\":\"" + GLOBAL
                + "\",\"globalState\":{\"sharedState\":{\"lsn\":1},\"streamStates\":[]}}}");

    assertThat(written.status).isEqualTo(200);
    assertThat(written.body).doesNotContain("lsn");
    assertThat(state(GLOBAL).getGlobalState().getSharedState()).isNull();
  }

  @Test
  void strictServersRefuseMisspelledSharedState() {
    try (FakeAirbyteServer strict = FakeAirbyteServer.builder().strict(true).demoSeed().build()) {
      RawResponse response =
          TestClients.raw(strict, "POST", strict.configApiRoot() + "/state/create_or_update_safe",
              "{\"connectionId\":\"" + GLOBAL + "\",\"connectionState\":{\"stateType\":\"global\",\"connectionId\":\"" + GLOBAL
                  + "\",\"globalState\":{\"sharedState\":{\"lsn\":1},\"streamStates\":[]}}}");

      assertThat(response.status).isEqualTo(400);
      assertThat(response.body).contains("sharedState").contains("$.connectionState.globalState.sharedState");
    }
  }

  private WebBackendConnectionRead webBackend(String connectionId) {
    return ok(config.webBackend().webBackendGetConnection(
        new WebBackendConnectionRequestBody().connectionId(UUID.fromString(connectionId)).withRefreshedCatalog(false)));
  }

  @Test
  void webBackendGetReturnsTheFullCatalogIncludingUnselectedStreams() {
    WebBackendConnectionRead read = webBackend(STREAM);

    assertThat(read.getSyncCatalog().getStreams()).hasSize(3);
    assertThat(read.getSource().getSourceName()).isEqualTo("Stripe");
    assertThat(read.getScheduleData().getCron().getCronExpression()).isEqualTo("0 0 6 * * ?");
    assertThat(read.getLatestSyncJobStatus().wireValue()).isEqualTo("succeeded");
  }

  private SyncCatalog withFirstStreamCursor(SyncCatalog catalog, String cursor) {
    String json = io.github.airbytekit.client.ApiMoshi.moshi().adapter(SyncCatalog.class).toJson(catalog)
        .replaceFirst("\"cursorField\":\\[\"created\"\\]", "\"cursorField\":[\"" + cursor + "\"]");
    try {
      return io.github.airbytekit.client.ApiMoshi.moshi().adapter(SyncCatalog.class).fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void webBackendUpdateWithSkipResetReplacesTheCatalogAndKeepsState() {
    SyncCatalog changed = withFirstStreamCursor(webBackend(STREAM).getSyncCatalog(), "updated");

    WebBackendConnectionRead read =
        ok(config.webBackend().webBackendUpdateConnection(
            new WebBackendConnectionUpdate().connectionId(UUID.fromString(STREAM)).syncCatalog(changed).skipReset(true)));

    assertThat(read.getSyncCatalog()).isEqualTo(changed);
    assertThat(webBackend(STREAM).getSyncCatalog()).isEqualTo(changed);
    assertThat(state(STREAM).findStream("charges", null)).isPresent();
    assertThat(server.jobs().openJob(STREAM)).isEmpty();
  }

  @Test
  void webBackendUpdateWithoutSkipResetClearsChangedStreamsAndStartsAReset() {
    SyncCatalog changed = withFirstStreamCursor(webBackend(STREAM).getSyncCatalog(), "updated");

    ok(config.webBackend().webBackendUpdateConnection(
        new WebBackendConnectionUpdate().connectionId(UUID.fromString(STREAM)).syncCatalog(changed).skipReset(false)));

    assertThat(state(STREAM).findStream("charges", null)).isEmpty();
    assertThat(state(STREAM).findStream("customers", null)).isPresent();
    assertThat(server.jobs().openJob(STREAM)).map(FakeJob::jobType).contains("reset");
  }

  @Test
  void webBackendUpdateOfAnUnknownConnectionIs404() {
    assertThat(run(config.webBackend().webBackendUpdateConnection(
        new WebBackendConnectionUpdate().connectionId(UUID.randomUUID()).skipReset(true))).code()).isEqualTo(404);
  }

  @Test
  void configApiRootFollowsThePublicRootRule() {
    assertThat(server.apiRoot().replaceFirst("/api/public/v1$", "/api/v1")).isEqualTo(server.configApiRoot());
  }
}
