package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.publicapi.model.AccessTokenRequest;
import io.github.airbytekit.client.publicapi.model.AccessTokenResponse;
import io.github.airbytekit.client.publicapi.model.ActorJobType;
import io.github.airbytekit.client.publicapi.model.ConnectionCreateRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.ConnectionsResponse;
import io.github.airbytekit.client.publicapi.model.DestinationResponse;
import io.github.airbytekit.client.publicapi.model.DestinationsResponse;
import io.github.airbytekit.client.publicapi.model.GrantTypeEnum;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.client.publicapi.model.NamespaceDefinitionEnum;
import io.github.airbytekit.client.publicapi.model.Problem;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeEnum;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeWithBasicEnum;
import io.github.airbytekit.client.publicapi.model.SourceResponse;
import io.github.airbytekit.client.publicapi.model.SourcesResponse;
import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.client.publicapi.model.TokenTypeEnum;
import io.github.airbytekit.client.publicapi.model.WorkspaceResponse;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.StreamConfiguration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class PublicApiTest extends ApiServerFixture {

  static final UUID WORKSPACE = UUID.fromString("744cc0ed-7f05-4949-9e60-2a814f90c035");
  static final UUID WORKSPACE_2 = UUID.fromString("b0796797-de23-4fc7-a5e2-7e131314718c");
  static final UUID CONNECTION = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");
  static final UUID SOURCE = UUID.fromString("95e66a59-8045-4307-9678-63bc3c9b8c93");
  static final UUID DESTINATION = UUID.fromString("e478de0d-a3a0-475c-b019-25f7dd29e281");
  static final UUID DEFINITION = UUID.fromString("decd338e-5647-4c0b-adf4-da0e75f5a750");
  static final UUID TAG = UUID.fromString("2f1f0d3e-1c4b-4f5e-9a59-3d5c1b0f7e11");

  static final String CONNECTION_JSON = """
      {"connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5","name":"Postgres to BigQuery",
       "sourceId":"95e66a59-8045-4307-9678-63bc3c9b8c93","destinationId":"e478de0d-a3a0-475c-b019-25f7dd29e281",
       "workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035","status":"%s",
       "schedule":{"scheduleType":"cron","cronExpression":"0 0 12 * * ?"},
       "nonBreakingSchemaUpdatesBehavior":"propagate_columns","namespaceDefinition":"custom_format",
       "namespaceFormat":"${SOURCE_NAMESPACE}_raw","prefix":"pg_",
       "configurations":{"streams":[{"name":"users","namespace":"public","syncMode":"incremental_deduped_history",
         "cursorField":["updated_at"],"primaryKey":[["id"]],"includeFiles":false,
         "selectedFields":[{"fieldPath":["id"]},{"fieldPath":["email"]}],
         "mappers":[{"id":"5d5e8a9e-2a1b-4a44-9a55-0e0b8d5b3c21","type":"hashing",
           "mapperConfiguration":{"targetField":"email","method":"SHA-256","fieldNameSuffix":"_hashed"}}]}]},
       "createdAt":1700000000,"tags":[{"tagId":"2f1f0d3e-1c4b-4f5e-9a59-3d5c1b0f7e11",
         "workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035","name":"prod","color":"FF0000"}],
       "statusReason":null}
      """;

  static String connectionJson(String status) {
    return CONNECTION_JSON.replace("%s", status);
  }

  static final String JOB_JSON = """
      {"jobId":%d,"status":"%s","jobType":"sync","startTime":"2026-11-25T10:15:30Z",
       "connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5","lastUpdatedAt":"2026-11-25T10:23:50Z",
       "duration":"PT8M20S","bytesSynced":123456789012,"rowsSynced":4200000}
      """;

  static String jobJson(long id, String status) {
    return String.format(JOB_JSON, id, status);
  }

  static final String SOURCE_JSON = """
      {"sourceId":"95e66a59-8045-4307-9678-63bc3c9b8c93","name":"Prod Postgres","sourceType":"postgres",
       "definitionId":"decd338e-5647-4c0b-adf4-da0e75f5a750","workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035",
       "configuration":{"host":"db.internal","port":5432,"password":"**********","ratio":0.1000000000000000055511151231257827,
         "big":12345678901234567890,"ssl_mode":{"mode":"require"}},
       "createdAt":1700000001,
       "resourceAllocation":{"default":{"cpu_request":"0.5","memory_limit":"2Gi"},
         "jobSpecific":[{"jobType":"sync","resourceRequirements":{"cpu_limit":"2"}}]}}
      """;

  static final String DESTINATION_JSON = """
      {"destinationId":"e478de0d-a3a0-475c-b019-25f7dd29e281","name":"Warehouse","destinationType":"bigquery",
       "definitionId":"decd338e-5647-4c0b-adf4-da0e75f5a750","workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035",
       "configuration":{"project_id":"acme","dataset_location":"EU","loading_method":{"method":"Standard"}},
       "createdAt":1700000002}
      """;

  static final String PROBLEM_404 = """
      {"type":"https://reference.airbyte.com/reference/errors#resource-not-found","title":"resource-not-found",
       "status":404,"detail":"Could not find a resource for: 9924bcd0-99be-453d-ba47-c2c9766f7da5",
       "documentationUrl":null,"data":{"resourceType":"connection","id":12345678901234567890}}
      """;

  @Test
  void createAccessTokenPostsClientCredentialsAsJsonAndMasksSecrets() throws Exception {
    enqueueJson(200, """
        {"access_token":"eyJhbGciOi.secret.token","token_type":"Bearer","expires_in":900}
        """);

    AccessTokenRequest request = new AccessTokenRequest()
        .clientId("client-1")
        .clientSecret("s3cr3t")
        .grantType(GrantTypeEnum.CLIENT_CREDENTIALS);
    AccessTokenResponse token = publicApi.applications().createAccessToken(request).execute().body();

    assertJsonRequest(take(), "POST", "/api/public/v1/applications/token", """
        {"client_id":"client-1","client_secret":"s3cr3t","grant_type":"client_credentials"}
        """);
    assertThat(token.getAccessToken()).isEqualTo("eyJhbGciOi.secret.token");
    assertThat(token.getTokenType()).isEqualTo(TokenTypeEnum.BEARER);
    assertThat(token.getExpiresIn()).isEqualTo(900L);
    assertThat(token.toString()).doesNotContain("eyJhbGciOi").contains("access_token=***");
    assertThat(request.toString()).doesNotContain("s3cr3t").contains("client_id=client-1");
  }

  @Test
  void getWorkspaceReadsNotifications() throws Exception {
    enqueueJson(200, """
        {"workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035","name":"Acme","dataResidency":"eu",
         "notifications":{"failure":{"email":{"enabled":true},"webhook":{"enabled":true,"url":"https://hooks.example/x"}},
           "success":{"email":{"enabled":false}}}}
        """);

    WorkspaceResponse workspace = publicApi.workspaces().getWorkspace(WORKSPACE).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/workspaces/" + WORKSPACE);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json, application/problem+json");
    assertThat(workspace.getWorkspaceId()).isEqualTo(WORKSPACE);
    assertThat(workspace.getDataResidency()).isEqualTo("eu");
    assertThat(workspace.getNotifications().getFailure().getWebhook().getUrl()).isEqualTo("https://hooks.example/x");
    assertThat(workspace.getNotifications().getSuccess().getEmail().getEnabled()).isFalse();
  }

  @Test
  void listConnectionsSendsFiltersAndReadsPageLinksLockedAndUnknownStatuses() throws Exception {
    enqueueJson(200, """
        {"next":"https://api.airbyte.com/v1/connections?limit=2&offset=12",
         "previous":"https://api.airbyte.com/v1/connections?limit=2&offset=8",
         "data":[%s,%s]}
        """.formatted(connectionJson("locked"), connectionJson("paused_by_billing")));

    ConnectionsResponse page = publicApi.connections()
        .listConnections(List.of(WORKSPACE, WORKSPACE_2), List.of(TAG), true, 2, 10)
        .execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/connections");
    assertThat(request.getRequestUrl().queryParameterValues("workspaceIds"))
        .containsExactly(WORKSPACE.toString(), WORKSPACE_2.toString());
    assertThat(request.getRequestUrl().queryParameterValues("tagIds")).containsExactly(TAG.toString());
    assertThat(request.getRequestUrl().queryParameter("includeDeleted")).isEqualTo("true");
    assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(request.getRequestUrl().queryParameter("offset")).isEqualTo("10");
    assertThat(page.getNext()).endsWith("offset=12");
    assertThat(page.getPrevious()).endsWith("offset=8");
    assertThat(page.getData()).hasSize(2);
    assertThat(page.getData().get(0).getStatus()).isEqualTo(ConnectionStatusEnum.LOCKED);
    assertThat(page.getData().get(1).getStatus().isKnown()).isFalse();
    assertThat(page.getData().get(1).getStatus().wireValue()).isEqualTo("paused_by_billing");
  }

  @Test
  void listConnectionsLeavesOutAbsentFilters() throws Exception {
    enqueueJson(200, "{\"data\":[]}");

    ConnectionsResponse page = publicApi.connections().listConnections(null, null, null, null, null).execute().body();

    RecordedRequest request = take();
    assertThat(request.getRequestUrl().querySize()).isZero();
    assertThat(page.getData()).isEmpty();
    assertThat(page.getNext()).isNull();
  }

  @Test
  void createConnectionPostsOnlySetProperties() throws Exception {
    enqueueJson(200, connectionJson("active"));

    ConnectionCreateRequest body = new ConnectionCreateRequest()
        .name("Postgres to BigQuery")
        .sourceId(SOURCE)
        .destinationId(DESTINATION)
        .namespaceDefinition(NamespaceDefinitionEnum.CUSTOM_FORMAT)
        .namespaceFormat("${SOURCE_NAMESPACE}_raw")
        .schedule(new ConnectionSchedule().scheduleType(ScheduleTypeEnum.CRON).cronExpression("0 0 12 * * ?"))
        .configurations(new StreamConfigurations().streams(List.of(StreamConfiguration.of("users", null)
            .withSyncMode(ConnectionSyncMode.INCREMENTAL_APPEND)
            .withCursorField(List.of("updated_at")))));
    ConnectionResponse created = publicApi.connections().createConnection(body).execute().body();

    assertJsonRequest(take(), "POST", "/api/public/v1/connections", """
        {"name":"Postgres to BigQuery","sourceId":"95e66a59-8045-4307-9678-63bc3c9b8c93",
         "destinationId":"e478de0d-a3a0-475c-b019-25f7dd29e281","namespaceDefinition":"custom_format",
         "namespaceFormat":"${SOURCE_NAMESPACE}_raw","schedule":{"scheduleType":"cron","cronExpression":"0 0 12 * * ?"},
         "configurations":{"streams":[{"name":"users","syncMode":"incremental_append","cursorField":["updated_at"]}]}}
        """);
    assertThat(created.getConnectionId()).isEqualTo(CONNECTION);
    assertThat(created.getSchedule().getScheduleType()).isEqualTo(ScheduleTypeWithBasicEnum.CRON);
    StreamConfiguration stream = created.getConfigurations().getStreams().get(0);
    assertThat(stream.getSyncMode()).isSameAs(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY);
    assertThat(stream.getPrimaryKey()).containsExactly(List.of("id"));
    assertThat(stream.getMappers().toJson()).startsWith("[{\"id\":\"5d5e8a9e-2a1b-4a44-9a55-0e0b8d5b3c21\"")
        .contains("\"mapperConfiguration\":{\"targetField\":\"email\",\"method\":\"SHA-256\",\"fieldNameSuffix\":\"_hashed\"}");
    assertThat(created.getTags().get(0).getTagId()).isEqualTo(TAG);
    assertThat(created.getStatusReason()).isNull();
  }

  @Test
  void getConnectionReadsEveryDeclaredProperty() throws Exception {
    enqueueJson(200, connectionJson("inactive"));

    ConnectionResponse connection = publicApi.connections().getConnection(CONNECTION).execute().body();

    assertEmptyRequest(take(), "GET", "/api/public/v1/connections/" + CONNECTION);
    assertThat(connection.getName()).isEqualTo("Postgres to BigQuery");
    assertThat(connection.getStatus()).isEqualTo(ConnectionStatusEnum.INACTIVE);
    assertThat(connection.getNamespaceDefinition()).isEqualTo(NamespaceDefinitionEnum.CUSTOM_FORMAT);
    assertThat(connection.getPrefix()).isEqualTo("pg_");
    assertThat(connection.getCreatedAt()).isEqualTo(1700000000L);
    assertThat(connection.getWorkspaceId()).isEqualTo(WORKSPACE);
  }

  @Test
  void getConnectionNotFoundCarriesProblemJson() throws Exception {
    enqueueProblem(404, PROBLEM_404);

    Response<ConnectionResponse> response = publicApi.connections().getConnection(CONNECTION).execute();

    take();
    assertThat(response.code()).isEqualTo(404);
    assertThat(response.body()).isNull();
    Problem problem = ApiErrors.problem(response.errorBody().string()).orElseThrow();
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getTitle()).isEqualTo("resource-not-found");
    assertThat(problem.getDetail()).contains(CONNECTION.toString());
    assertThat(problem.getDocumentationUrl()).isNull();
    assertThat(problem.getData().toJson()).isEqualTo("{\"resourceType\":\"connection\",\"id\":12345678901234567890}");
  }

  @Test
  void patchConnectionSendsOnlyTheChange() throws Exception {
    enqueueJson(200, connectionJson("inactive"));

    ConnectionResponse patched = publicApi.connections()
        .patchConnection(CONNECTION, new ConnectionPatchRequest().status(ConnectionStatusEnum.INACTIVE))
        .execute().body();

    assertJsonRequest(take(), "PATCH", "/api/public/v1/connections/" + CONNECTION, "{\"status\":\"inactive\"}");
    assertThat(patched.getStatus()).isEqualTo(ConnectionStatusEnum.INACTIVE);
  }

  @Test
  void streamConfigurationsReadFromAConnectionAreSentBackWithEverySettingANewerAirbyteAdded() throws Exception {
    String users = "{\"name\":\"users\",\"namespace\":\"public\",\"syncMode\":\"incremental_append\","
        + "\"mappers\":[{\"type\":\"later-kind\"}],\"futureSetting\":{\"x\":1,\"big\":12345678901234567890.10}}";
    String json = connectionJson("active");
    enqueueJson(200, json.substring(0, json.indexOf("\"configurations\""))
        + "\"configurations\":{\"streams\":[" + users + "]},\n" + json.substring(json.indexOf("\"createdAt\"")));
    enqueueJson(200, connectionJson("active"));

    ConnectionResponse read = publicApi.connections().getConnection(CONNECTION).execute().body();
    List<StreamConfiguration> streams = read.getConfigurations().getStreams();
    publicApi.connections().patchConnection(CONNECTION, new ConnectionPatchRequest()
        .configurations(new StreamConfigurations().streams(streams))).execute();

    take();
    assertThat(body(take())).isEqualTo("{\"configurations\":{\"streams\":[" + users + "]}}");
    assertThat(streams.get(0).getAdditionalProperties()).containsOnlyKeys("futureSetting");
  }

  @Test
  void patchConnectionCanSendAStatusThisClientDoesNotKnow() throws Exception {
    enqueueJson(200, connectionJson("paused"));

    publicApi.connections().patchConnection(CONNECTION, new ConnectionPatchRequest().status(ConnectionStatusEnum.of("paused"))).execute();

    assertJsonRequest(take(), "PATCH", "/api/public/v1/connections/" + CONNECTION, "{\"status\":\"paused\"}");
  }

  @Test
  void deleteConnectionAcceptsNoContent() throws Exception {
    enqueueNoContent();

    Response<Void> response = publicApi.connections().deleteConnection(CONNECTION).execute();

    assertEmptyRequest(take(), "DELETE", "/api/public/v1/connections/" + CONNECTION);
    assertThat(response.code()).isEqualTo(204);
  }

  @Test
  void createJobPostsConnectionAndType() throws Exception {
    enqueueJson(200, jobJson(1234, "pending"));

    JobResponse job = publicApi.jobs()
        .createJob(new JobCreateRequest().connectionId(CONNECTION).jobType(JobTypeEnum.SYNC))
        .execute().body();

    assertJsonRequest(take(), "POST", "/api/public/v1/jobs",
        "{\"connectionId\":\"9924bcd0-99be-453d-ba47-c2c9766f7da5\",\"jobType\":\"sync\"}");
    assertThat(job.getJobId()).isEqualTo(1234L);
    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.PENDING);
    assertThat(job.getBytesSynced()).isEqualTo(123456789012L);
  }

  @Test
  void createJobConflictCarriesProblemJson() throws Exception {
    enqueueProblem(409, """
        {"type":"https://reference.airbyte.com/reference/errors","title":"state-conflict","status":409,
         "detail":"A sync is already running for: 9924bcd0-99be-453d-ba47-c2c9766f7da5"}
        """);

    Response<JobResponse> response = publicApi.jobs()
        .createJob(new JobCreateRequest().connectionId(CONNECTION).jobType(JobTypeEnum.SYNC))
        .execute();

    take();
    assertThat(response.code()).isEqualTo(409);
    Problem problem = ApiErrors.problem(response.errorBody().string()).orElseThrow();
    assertThat(problem.getTitle()).isEqualTo("state-conflict");
    assertThat(problem.getData()).isNull();
  }

  @Test
  void listJobsSendsEveryFilterAndReadsQueuedIncompleteAndUnknownStatuses() throws Exception {
    enqueueJson(200, """
        {"next":"","data":[%s,%s,%s]}
        """.formatted(jobJson(1, "queued"), jobJson(2, "incomplete"), jobJson(3, "paused")));

    JobsResponse page = publicApi.jobs().listJobs(
            CONNECTION, 100, 40, JobTypeEnum.REFRESH, List.of(WORKSPACE), JobStatusEnum.RUNNING,
            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            OffsetDateTime.of(2026, 1, 2, 12, 30, 0, 0, ZoneOffset.ofHours(2)),
            null, null, "updatedAt|DESC")
        .execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/jobs");
    assertThat(request.getRequestUrl().queryParameter("connectionId")).isEqualTo(CONNECTION.toString());
    assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(request.getRequestUrl().queryParameter("offset")).isEqualTo("40");
    assertThat(request.getRequestUrl().queryParameter("jobType")).isEqualTo("refresh");
    assertThat(request.getRequestUrl().queryParameterValues("workspaceIds")).containsExactly(WORKSPACE.toString());
    assertThat(request.getRequestUrl().queryParameter("status")).isEqualTo("running");
    assertThat(request.getRequestUrl().queryParameter("createdAtStart")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(request.getRequestUrl().queryParameter("createdAtEnd")).isEqualTo("2026-01-02T12:30:00+02:00");
    assertThat(request.getRequestUrl().queryParameterNames()).doesNotContain("updatedAtStart", "updatedAtEnd");
    assertThat(request.getRequestUrl().queryParameter("orderBy")).isEqualTo("updatedAt|DESC");
    assertThat(page.getNext()).isEmpty();
    assertThat(page.getData()).extracting(JobResponse::getStatus)
        .containsExactly(JobStatusEnum.QUEUED, JobStatusEnum.INCOMPLETE, JobStatusEnum.of("paused"));
    assertThat(page.getData().get(2).getStatus().isKnown()).isFalse();
  }

  @Test
  void getJobReadsCountersAndDuration() throws Exception {
    enqueueJson(200, jobJson(9007199254740993L, "succeeded"));

    JobResponse job = publicApi.jobs().getJob(9007199254740993L).execute().body();

    assertEmptyRequest(take(), "GET", "/api/public/v1/jobs/9007199254740993");
    assertThat(job.getJobId()).isEqualTo(9007199254740993L);
    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.SUCCEEDED);
    assertThat(job.getJobType()).isEqualTo(JobTypeEnum.SYNC);
    assertThat(job.getDuration()).isEqualTo("PT8M20S");
    assertThat(job.getStartTime()).isEqualTo("2026-11-25T10:15:30Z");
    assertThat(job.getRowsSynced()).isEqualTo(4200000L);
  }

  @Test
  void cancelJobUsesDeleteAndReadsTheJob() throws Exception {
    enqueueJson(200, jobJson(77, "cancelled").replace("\"sync\"", "\"clear\""));

    JobResponse job = publicApi.jobs().cancelJob(77L).execute().body();

    assertEmptyRequest(take(), "DELETE", "/api/public/v1/jobs/77");
    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.CANCELLED);
    assertThat(job.getJobType()).isEqualTo(JobTypeEnum.CLEAR);
  }

  @Test
  void listSourcesSendsFiltersAndKeepsConfigurationExact() throws Exception {
    enqueueJson(200, "{\"previous\":null,\"next\":null,\"data\":[" + SOURCE_JSON + "]}");

    SourcesResponse page = publicApi.sources().listSources(List.of(WORKSPACE), false, 20, 0).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/sources");
    assertThat(request.getRequestUrl().query())
        .isEqualTo("workspaceIds=" + WORKSPACE + "&includeDeleted=false&limit=20&offset=0");
    assertThat(page.getData().get(0).getSourceType()).isEqualTo("postgres");
  }

  @Test
  void getSourceKeepsEveryDigitOfItsConfiguration() throws Exception {
    enqueueJson(200, SOURCE_JSON);

    SourceResponse source = publicApi.sources().getSource(SOURCE, true).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/sources/" + SOURCE);
    assertThat(request.getRequestUrl().queryParameter("includeSecretCoordinates")).isEqualTo("true");
    assertThat(source.getConfiguration().toJson())
        .contains("\"port\":5432,")
        .contains("\"big\":12345678901234567890")
        .contains("0.1000000000000000055511151231257827");
    assertThat(source.getDefinitionId()).isEqualTo(DEFINITION);
    assertThat(source.getResourceAllocation().getDefaultRequirements().getMemoryLimit()).isEqualTo("2Gi");
    assertThat(source.getResourceAllocation().getJobSpecific().get(0).getJobType()).isSameAs(ActorJobType.SYNC);
  }

  @Test
  void deleteSourceAcceptsNoContent() throws Exception {
    enqueueNoContent();

    Response<Void> response = publicApi.sources().deleteSource(SOURCE).execute();

    assertEmptyRequest(take(), "DELETE", "/api/public/v1/sources/" + SOURCE);
    assertThat(response.isSuccessful()).isTrue();
  }

  @Test
  void listDestinationsSendsFilters() throws Exception {
    enqueueJson(200, "{\"data\":[" + DESTINATION_JSON + "],\"next\":\"https://api.airbyte.com/v1/destinations?offset=5\"}");

    DestinationsResponse page = publicApi.destinations().listDestinations(null, true, 5, 0).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/destinations");
    assertThat(request.getRequestUrl().query()).isEqualTo("includeDeleted=true&limit=5&offset=0");
    assertThat(page.getData().get(0).getDestinationType()).isEqualTo("bigquery");
    assertThat(page.getNext()).endsWith("offset=5");
  }

  @Test
  void getDestinationReadsConfigurationAsRawJson() throws Exception {
    enqueueJson(200, DESTINATION_JSON);

    DestinationResponse destination = publicApi.destinations().getDestination(DESTINATION, null).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/destinations/" + DESTINATION);
    assertThat(request.getRequestUrl().querySize()).isZero();
    assertThat(destination.getConfiguration().toJson())
        .isEqualTo("{\"project_id\":\"acme\",\"dataset_location\":\"EU\",\"loading_method\":{\"method\":\"Standard\"}}");
    assertThat(destination.getResourceAllocation()).isNull();
  }

  @Test
  void deleteDestinationForbiddenCarriesProblemJson() throws Exception {
    enqueueProblem(403, "{\"title\":\"forbidden\",\"status\":403,\"detail\":\"Caller lacks workspace_admin\"}");

    Response<Void> response = publicApi.destinations().deleteDestination(DESTINATION).execute();

    assertEmptyRequest(take(), "DELETE", "/api/public/v1/destinations/" + DESTINATION);
    assertThat(response.code()).isEqualTo(403);
    assertThat(ApiErrors.problem(response.errorBody().string()).orElseThrow().getDetail())
        .isEqualTo("Caller lacks workspace_admin");
  }

  @Test
  void deleteDestinationAcceptsNoContent() throws Exception {
    enqueueNoContent();

    Response<Void> response = publicApi.destinations().deleteDestination(DESTINATION).execute();

    assertEmptyRequest(take(), "DELETE", "/api/public/v1/destinations/" + DESTINATION);
    assertThat(response.code()).isEqualTo(204);
  }
}
