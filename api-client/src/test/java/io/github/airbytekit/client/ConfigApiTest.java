package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.configapi.AttemptLogs;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.AttemptStatus;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.ConnectionStatus;
import io.github.airbytekit.client.configapi.model.FailureOrigin;
import io.github.airbytekit.client.configapi.model.FailureReason;
import io.github.airbytekit.client.configapi.model.FailureType;
import io.github.airbytekit.client.configapi.model.InvalidInputExceptionInfo;
import io.github.airbytekit.client.configapi.model.JobConfigType;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobStatus;
import io.github.airbytekit.client.configapi.model.KnownExceptionInfo;
import io.github.airbytekit.client.configapi.model.LogFormatType;
import io.github.airbytekit.client.configapi.model.LogLevel;
import io.github.airbytekit.client.configapi.model.LogSource;
import io.github.airbytekit.client.configapi.model.NamespaceDefinitionType;
import io.github.airbytekit.client.configapi.model.NonBreakingChangesPreference;
import io.github.airbytekit.client.configapi.model.SchemaChange;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ConfigApiTest extends ApiServerFixture {

  static final UUID CONNECTION = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");

  static final String TWENTY_DIGITS = "98765432109876543210";

  static final String GLOBAL_STATE_JSON = """
      {"stateType":"global","connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5",
       "globalState":{"shared_state":{"lsn":98765432109876543210,"txid":5432,"ratio":1.10},
         "streamStates":[{"streamDescriptor":{"name":"users","namespace":"public"},"streamState":{"cursor":"2026-11-25"}},
                         {"streamDescriptor":{"name":"orders"},"streamState":{"id":18446744073709551616}}]}}
      """;

  static final String CATALOG_JSON = """
      {"streams":[{"stream":{"name":"users","jsonSchema":{"type":"object","properties":{"id":{"type":"integer"}}},
          "supportedSyncModes":["full_refresh","incremental"],"sourceDefinedCursor":true,
          "defaultCursorField":["updated_at"],"sourceDefinedPrimaryKey":[["id"]],"namespace":"public",
          "isResumable":true,"isFileBased":false},
        "config":{"syncMode":"incremental","cursorField":["updated_at"],"destinationSyncMode":"append_dedup",
          "primaryKey":[["id"]],"aliasName":"users","selected":true,"suggested":false,"fieldSelectionEnabled":false,
          "selectedFields":[],"hashedFields":[{"fieldPath":["email"]}],"mappers":[],"generationId":3,
          "minimumGenerationId":0,"syncId":12345678901}}]}
      """;

  static final String WEB_BACKEND_CONNECTION_JSON = """
      {"connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5","name":"Postgres to BigQuery",
       "namespaceDefinition":"customformat","namespaceFormat":"${SOURCE_NAMESPACE}","prefix":"",
       "sourceId":"95e66a59-8045-4307-9678-63bc3c9b8c93","destinationId":"e478de0d-a3a0-475c-b019-25f7dd29e281",
       "syncCatalog":%s,
       "scheduleType":"cron","scheduleData":{"cron":{"cronExpression":"0 0 12 * * ?","cronTimeZone":"UTC"}},
       "status":"locked","statusReason":"Workspace over quota",
       "operationIds":[],"operations":[],
       "source":{"sourceDefinitionId":"decd338e-5647-4c0b-adf4-da0e75f5a750","sourceId":"95e66a59-8045-4307-9678-63bc3c9b8c93",
         "workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035","connectionConfiguration":{"host":"db","port":5432},
         "name":"Prod Postgres","sourceName":"Postgres","icon":"https://icons/pg.svg","isVersionOverrideApplied":false,
         "supportState":"supported","status":"active","createdAt":1700000001,"numConnections":2,
         "connectionJobStatuses":{"succeeded":4,"failed":1},
         "breakingChanges":{"upcomingBreakingChanges":[{"version":"4.0.0","message":"Drops v3 config",
           "upgradeDeadline":"2027-01-31","migrationDocumentationUrl":"https://docs/pg","deadlineAction":"auto_upgrade"}],
           "minUpgradeDeadline":"2027-01-31","deadlineAction":"auto_upgrade"}},
       "destination":{"destinationDefinitionId":"22f6c74f-5699-40ff-833c-4a879ea40133",
         "destinationId":"e478de0d-a3a0-475c-b019-25f7dd29e281","workspaceId":"744cc0ed-7f05-4949-9e60-2a814f90c035",
         "connectionConfiguration":{"project_id":"acme"},"name":"Warehouse","destinationName":"BigQuery","createdAt":1700000002},
       "latestSyncJobCreatedAt":1700000500,"latestSyncJobStatus":"incomplete","isSyncing":false,
       "catalogId":"0f0f0f0f-1111-2222-3333-444455556666","schemaChange":"non_breaking_with_backfill",
       "notifySchemaChanges":true,"notifySchemaChangesByEmail":false,"nonBreakingChangesPreference":"propagate_columns",
       "createdAt":1700000000,"backfillPreference":"disabled",
       "sourceActorDefinitionVersion":{"dockerRepository":"airbyte/source-postgres","dockerImageTag":"3.6.22",
         "supportsRefreshes":true,"isVersionOverrideApplied":false,"supportLevel":"certified","supportState":"supported",
         "lastPublished":"2026-10-01T08:00:00Z","cdkVersion":"java:0.44.0","supportsFileTransfer":false,
         "supportsDataActivation":false},
       "destinationActorDefinitionVersion":{"dockerRepository":"airbyte/destination-bigquery","dockerImageTag":"2.9.0",
         "supportsRefreshes":true,"isVersionOverrideApplied":false,"supportState":"supported",
         "supportsFileTransfer":false,"supportsDataActivation":false,"connectorIPCOptions":{"dataChannel":{"version":"0.0.2"}}},
       "tags":[],"onDemandEnabled":false}
      """.formatted(CATALOG_JSON);

  @Test
  void getStatePostsConnectionIdAndKeepsTwentyDigitIntegers() throws Exception {
    enqueueJson(200, GLOBAL_STATE_JSON);

    ConnectionState state = configApi.state()
        .getState(new ConnectionIdRequestBody().connectionId(CONNECTION))
        .execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/state/get", "{\"connectionId\":\"" + CONNECTION + "\"}");
    assertThat(state.getStateType()).isEqualTo(StateType.GLOBAL);
    assertThat(state.getConnectionId()).isEqualTo(CONNECTION.toString());
    assertThat(state.getGlobalState().getSharedState().toJson())
        .isEqualTo("{\"lsn\":" + TWENTY_DIGITS + ",\"txid\":5432,\"ratio\":1.10}");
    assertThat(state.getGlobalState().getStreamStates()).hasSize(2);
    assertThat(state.findStream("orders", null).orElseThrow().getStreamState().toJson())
        .isEqualTo("{\"id\":18446744073709551616}");
  }

  @Test
  void createOrUpdateStateSafeSendsTheStateBackByteForByte() throws Exception {
    enqueueJson(200, GLOBAL_STATE_JSON);
    enqueueJson(200, GLOBAL_STATE_JSON);
    ConnectionState state = configApi.state()
        .getState(new ConnectionIdRequestBody().connectionId(CONNECTION)).execute().body();
    take();

    ConnectionState updated = state.withStreamState("users", "public", RawJson.of("{\"cursor\":\"2026-11-26\"}"));
    ConnectionState stored = configApi.state()
        .createOrUpdateStateSafe(new ConnectionStateCreateOrUpdate().connectionId(CONNECTION).connectionState(updated))
        .execute().body();

    RecordedRequest request = take();
    assertJsonRequest(request, "POST", "/api/v1/state/create_or_update_safe", """
        {"connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5","connectionState":{"stateType":"global",
         "connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5","globalState":{"shared_state":{"lsn":1,"txid":5432,"ratio":1.10},
         "streamStates":[{"streamDescriptor":{"name":"users","namespace":"public"},"streamState":{"cursor":"2026-11-26"}},
                         {"streamDescriptor":{"name":"orders"},"streamState":{"id":2}}]}}}
        """.replace("\"lsn\":1", "\"lsn\":" + TWENTY_DIGITS).replace("\"id\":2", "\"id\":18446744073709551616"));
    assertThat(body(request))
        .contains("\"shared_state\":{\"lsn\":" + TWENTY_DIGITS + ",\"txid\":5432,\"ratio\":1.10}")
        .contains("{\"id\":18446744073709551616}");
    assertThat(stored.getStateType()).isEqualTo(StateType.GLOBAL);
  }

  @Test
  void createOrUpdateStateSafeWhileSyncingIsLockedWithAMessage() throws Exception {
    enqueueJson(423, """
        {"message":"State cannot be updated while a sync is running for connection 9924bcd0-99be-453d-ba47-c2c9766f7da5",
         "exceptionClassName":"io.airbyte.commons.server.errors.SyncIsRunningException","exceptionStack":[],
         "details":{"connectionId":"9924bcd0-99be-453d-ba47-c2c9766f7da5"}}
        """);
    ConnectionState state = ConnectionState.builder().stateType(StateType.NOT_SET)
        .connectionId(CONNECTION.toString()).build();

    Response<ConnectionState> response = configApi.state()
        .createOrUpdateStateSafe(new ConnectionStateCreateOrUpdate().connectionId(CONNECTION).connectionState(state))
        .execute();

    take();
    assertThat(response.code()).isEqualTo(423);
    KnownExceptionInfo error = ApiErrors.configError(response.errorBody().string()).orElseThrow();
    assertThat(error.getMessage()).startsWith("State cannot be updated while a sync is running");
    assertThat(error.getDetails().toJson()).isEqualTo("{\"connectionId\":\"" + CONNECTION + "\"}");
  }

  @Test
  void webBackendGetConnectionReadsCatalogLockedStatusAndUnknownSchemaChange() throws Exception {
    enqueueJson(200, WEB_BACKEND_CONNECTION_JSON);

    WebBackendConnectionRead connection = configApi.webBackend()
        .webBackendGetConnection(new WebBackendConnectionRequestBody().connectionId(CONNECTION).withRefreshedCatalog(false))
        .execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/web_backend/connections/get",
        "{\"connectionId\":\"" + CONNECTION + "\",\"withRefreshedCatalog\":false}");
    assertThat(connection.getStatus()).isEqualTo(ConnectionStatus.LOCKED);
    assertThat(connection.getStatusReason()).isEqualTo("Workspace over quota");
    assertThat(connection.getNamespaceDefinition()).isEqualTo(NamespaceDefinitionType.CUSTOMFORMAT);
    assertThat(connection.getSchemaChange().isKnown()).isFalse();
    assertThat(connection.getSchemaChange().wireValue()).isEqualTo("non_breaking_with_backfill");
    assertThat(connection.getLatestSyncJobStatus()).isEqualTo(JobStatus.INCOMPLETE);
    assertThat(connection.getNonBreakingChangesPreference()).isEqualTo(NonBreakingChangesPreference.PROPAGATE_COLUMNS);
    assertThat(connection.getScheduleData().getCron().getCronTimeZone()).isEqualTo("UTC");
    assertThat(connection.getSource().getConnectionConfiguration().toJson()).isEqualTo("{\"host\":\"db\",\"port\":5432}");
    assertThat(connection.getSource().getConnectionJobStatuses()).containsEntry("failed", 1);
    assertThat(connection.getSource().getBreakingChanges().getMinUpgradeDeadline()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(connection.getSourceActorDefinitionVersion().getLastPublished())
        .isEqualTo(OffsetDateTime.parse("2026-10-01T08:00:00Z"));
    assertThat(connection.getDestinationActorDefinitionVersion().getConnectorIPCOptions().toJson())
        .isEqualTo("{\"dataChannel\":{\"version\":\"0.0.2\"}}");

    SyncCatalogEntry users = connection.getSyncCatalog().getStreams().get(0);
    assertThat(users.getStream().getName()).isEqualTo("users");
    assertThat(users.getStream().getSupportedSyncModes()).containsExactly(SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL);
    StreamConfig config = users.getConfig();
    assertThat(config.getDestinationSyncMode()).isEqualTo(DestinationSyncMode.APPEND_DEDUP);
    assertThat(config.getHashedFields().toJson()).isEqualTo("[{\"fieldPath\":[\"email\"]}]");
    assertThat(config.getSyncId()).isEqualTo(12345678901L);
  }

  @Test
  void webBackendUpdateConnectionSendsTheWholeCatalogAndSkipReset() throws Exception {
    enqueueJson(200, WEB_BACKEND_CONNECTION_JSON);
    SyncCatalog catalog = io.github.airbytekit.domain.AirbyteJson.syncCatalog().read(CATALOG_JSON);

    WebBackendConnectionRead updated = configApi.webBackend()
        .webBackendUpdateConnection(new WebBackendConnectionUpdate()
            .connectionId(CONNECTION)
            .syncCatalog(catalog)
            .skipReset(true))
        .execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/web_backend/connections/update",
        "{\"connectionId\":\"" + CONNECTION + "\",\"skipReset\":true,\"syncCatalog\":" + CATALOG_JSON + "}");
    assertThat(updated.getConnectionId()).isEqualTo(CONNECTION);
  }

  @Test
  void webBackendUpdateConnectionInvalidInputListsProperties() throws Exception {
    enqueueJson(422, """
        {"message":"Some properties contained invalid input.","exceptionClassName":"javax.validation.ValidationException",
         "validationErrors":[{"propertyPath":"syncCatalog.streams[0].config.syncMode","invalidValue":"sometimes",
           "message":"must be one of full_refresh, incremental"}]}
        """);

    Response<WebBackendConnectionRead> response = configApi.webBackend()
        .webBackendUpdateConnection(new WebBackendConnectionUpdate().connectionId(CONNECTION))
        .execute();

    assertJsonRequest(take(), "POST", "/api/v1/web_backend/connections/update", "{\"connectionId\":\"" + CONNECTION + "\"}");
    assertThat(response.code()).isEqualTo(422);
    InvalidInputExceptionInfo error = ApiErrors.invalidInput(response.errorBody().string()).orElseThrow();
    assertThat(error.getValidationErrors().get(0).getPropertyPath()).isEqualTo("syncCatalog.streams[0].config.syncMode");
  }

  @Test
  void getJobInfoReadsAttemptsWithBothLogShapesAndUnknownValues() throws Exception {
    enqueueJson(200, """
        {"job":{"id":9007199254740993,"configType":"refresh","configId":"9924bcd0-99be-453d-ba47-c2c9766f7da5",
           "enabledStreams":[{"name":"users","namespace":"public"}],"createdAt":1700000000,"updatedAt":1700000600,
           "startedAt":1700000010,"status":"waiting_on_capacity",
           "refreshConfig":{"streamsToRefresh":[{"name":"users","namespace":"public"}]},
           "aggregatedStats":{"recordsEmitted":10,"bytesEmitted":2048,"recordsCommitted":10,"bytesCommitted":2048,"recordsRejected":0},
           "streamAggregatedStats":[{"streamName":"users","streamNamespace":"public","recordsEmitted":10,"bytesEmitted":2048,
             "recordsCommitted":10,"bytesCommitted":2048,"recordsRejected":0,"wasBackfilled":false,"wasResumed":true}]},
         "attempts":[
           {"attempt":{"id":0,"status":"failed","createdAt":1700000010,"updatedAt":1700000300,"endedAt":1700000300,
              "bytesSynced":1024,"recordsSynced":5,
              "totalStats":{"recordsEmitted":5,"bytesEmitted":1024,"additionalStats":{"wal_lag_bytes":123456789012345678901234}},
              "failureSummary":{"failures":[
                {"failureOrigin":"unknown","failureType":"config_error","externalMessage":"Bad password","timestamp":1700000299,
                 "retryable":false,"streamDescriptor":{"name":"users","namespace":"public"}},
                {"failureOrigin":"orchestrator","failureType":"out_of_memory","timestamp":1700000300}],
                "partialSuccess":false}},
            "logType":"formatted","logs":{"logLines":["2026-11-25 10:00:00 INFO start","2026-11-25 10:05:00 ERROR boom"]}},
           {"attempt":{"id":1,"status":"running","createdAt":1700000310,"updatedAt":1700000600},
            "logType":"structured","logs":{"version":"1","events":[
              {"timestamp":1700000311000,"message":"Starting replication","level":"info","logSource":"platform",
               "caller":{"className":"Worker","methodName":"run","lineNumber":42,"threadName":"main"}},
              {"timestamp":1700000312000,"message":"Read 10 records","level":"notice","logSource":"source"}]}}]}
        """);

    JobInfoRead info = configApi.jobs().getJobInfo(new JobIdRequestBody().id(9007199254740993L)).execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/jobs/get", "{\"id\":9007199254740993}");
    assertThat(info.getJob().getId()).isEqualTo(9007199254740993L);
    assertThat(info.getJob().getConfigType()).isEqualTo(JobConfigType.REFRESH);
    assertThat(info.getJob().getStatus()).isEqualTo(JobStatus.of("waiting_on_capacity"));
    assertThat(info.getJob().getStatus().isKnown()).isFalse();
    assertThat(info.getJob().getEnabledStreams().get(0).getNamespace()).isEqualTo("public");
    assertThat(info.getJob().getStreamAggregatedStats().get(0).getWasResumed()).isTrue();

    AttemptInfoRead first = info.getAttempts().get(0);
    assertThat(first.getAttempt().getStatus()).isEqualTo(AttemptStatus.FAILED);
    assertThat(first.getAttempt().getTotalStats().getAdditionalStats().get("wal_lag_bytes"))
        .isEqualByComparingTo("123456789012345678901234");
    FailureReason declaredUnknown = first.getAttempt().getFailureSummary().getFailures().get(0);
    assertThat(declaredUnknown.getFailureOrigin()).isEqualTo(FailureOrigin.DECLARED_UNKNOWN);
    assertThat(declaredUnknown.getFailureType()).isEqualTo(FailureType.CONFIG_ERROR);
    assertThat(declaredUnknown.getStreamDescriptor().getName()).isEqualTo("users");
    FailureReason newValues = first.getAttempt().getFailureSummary().getFailures().get(1);
    assertThat(newValues.getFailureOrigin().isKnown()).isFalse();
    assertThat(newValues.getFailureOrigin().wireValue()).isEqualTo("orchestrator");
    assertThat(newValues.getFailureType().isKnown()).isFalse();
    assertThat(first.getLogType()).isEqualTo(LogFormatType.FORMATTED);
    AttemptLogs formatted = first.getLogs();
    assertThat(formatted.isStructured()).isFalse();
    assertThat(formatted.getLogLines()).containsExactly("2026-11-25 10:00:00 INFO start", "2026-11-25 10:05:00 ERROR boom");

    AttemptInfoRead second = info.getAttempts().get(1);
    assertThat(second.getLogType()).isEqualTo(LogFormatType.STRUCTURED);
    AttemptLogs structured = second.getLogs();
    assertThat(structured.isStructured()).isTrue();
    assertThat(structured.getVersion()).isEqualTo("1");
    assertThat(structured.getLogLines()).isNull();
    assertThat(structured.getEvents().get(0).getLevel()).isEqualTo(LogLevel.INFO);
    assertThat(structured.getEvents().get(0).getLogSource()).isEqualTo(LogSource.PLATFORM);
    assertThat(structured.getEvents().get(0).getCaller().getLineNumber()).isEqualTo(42);
    assertThat(structured.getEvents().get(1).getLevel()).isEqualTo(LogLevel.of("notice"));
    assertThat(structured.getEvents().get(1).getLevel().isKnown()).isFalse();
  }

  @Test
  void getJobInfoNotFoundCarriesTheId() throws Exception {
    enqueueJson(404, """
        {"id":"123","message":"Could not find job with id: 123","exceptionClassName":"io.airbyte.config.persistence.ConfigNotFoundException",
         "exceptionStack":[],"rootCauseExceptionStack":[]}
        """);

    Response<JobInfoRead> response = configApi.jobs().getJobInfo(new JobIdRequestBody().id(123L)).execute();

    take();
    assertThat(response.code()).isEqualTo(404);
    KnownExceptionInfo error = ApiErrors.configError(response.errorBody().string()).orElseThrow();
    assertThat(error.getMessage()).isEqualTo("Could not find job with id: 123");
  }
}
