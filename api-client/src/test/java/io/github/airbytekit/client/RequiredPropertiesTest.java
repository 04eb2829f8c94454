package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.client.testmodel.Order;
import io.github.airbytekit.client.testmodel.OrderList;
import io.github.airbytekit.client.testmodel.OrderStatus;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tolerant reader: parsing never fails for a missing or null required property; reading one throws a
 * {@link MissingPropertyException} naming the property, its JSON path, the model, the operation and the
 * endpoint. Test-only schemas: {@code src/test/openapi/required-test.yaml}.
 */
class RequiredPropertiesTest extends ApiServerFixture {

  private static final JsonAdapter<OrderList> ORDERS = ApiMoshi.moshi().adapter(OrderList.class);

  private static final String OWNER = "{\"email_address\":\"a@example.com\"}";

  @Test
  void aResponseMissingARequiredPropertyThatNobodyReadsParses() throws Exception {
    enqueueJson(200, PublicApiTest.connectionJson("active")
        .replace("\"workspaceId\":\"744cc0ed-7f05-4949-9e60-2a814f90c035\",\"status\"", "\"status\"")
        .replace("\"createdAt\":1700000000,", ""));

    ConnectionResponse connection = publicApi.connections().getConnection(PublicApiTest.CONNECTION).execute().body();

    assertThat(connection.getName()).isEqualTo("Postgres to BigQuery");
    assertThat(connection.getConfigurations().getStreams()).hasSize(1);
  }

  @Test
  void readingTheMissingPropertyNamesPropertyPathModelOperationAndEndpoint() throws Exception {
    enqueueJson(200, PublicApiTest.connectionJson("active")
        .replace("\"workspaceId\":\"744cc0ed-7f05-4949-9e60-2a814f90c035\",", ""));
    ConnectionResponse connection = publicApi.connections().getConnection(PublicApiTest.CONNECTION).execute().body();

    MissingPropertyException e = catchThrowableOfType(MissingPropertyException.class, connection::getWorkspaceId);

    assertThat(e).isInstanceOf(AirbyteDataException.class).hasMessage("Airbyte's answer to getConnection "
        + "(GET /connections/{connectionId}) has no 'workspaceId' at $.workspaceId (required by ConnectionResponse)");
    assertThat(e.property()).isEqualTo("workspaceId");
    assertThat(e.jsonPath()).isEqualTo("$.workspaceId");
    assertThat(e.model()).isEqualTo("ConnectionResponse");
    assertThat(e.operation()).isEqualTo("getConnection");
    assertThat(e.endpoint()).isEqualTo("GET /connections/{connectionId}");
  }

  @Test
  void anExplicitNullCountsAsMissingAndANestedObjectNamesItsOwnPath() throws Exception {
    enqueueJson(200, PublicApiTest.connectionJson("active")
        .replace("\"scheduleType\":\"cron\"", "\"scheduleType\":null"));
    ConnectionResponse connection = publicApi.connections().getConnection(PublicApiTest.CONNECTION).execute().body();

    assertThat(connection.getSchedule().getCronExpression()).isEqualTo("0 0 12 * * ?");
    assertThatThrownBy(() -> connection.getSchedule().getScheduleType())
        .isInstanceOf(MissingPropertyException.class)
        .hasMessage("Airbyte's answer to getConnection (GET /connections/{connectionId}) has no 'scheduleType' "
            + "at $.schedule.scheduleType (required by ConnectionScheduleResponse)");
  }

  @Test
  void objectsInAListGetTheirOwnPaths() throws Exception {
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(PublicApiTest.jobJson(i, "succeeded"));
    }
    jobs.set(3, jobs.get(3).replace("\"status\":\"succeeded\",", ""));
    enqueueJson(200, "{\"next\":\"\",\"data\":[" + String.join(",", jobs) + "]}");

    JobsResponse page = publicApi.jobs()
        .listJobs(null, null, null, null, null, null, null, null, null, null, null).execute().body();

    assertThat(page.getData().get(4).getStatus()).isSameAs(JobStatusEnum.SUCCEEDED);
    MissingPropertyException e =
        catchThrowableOfType(MissingPropertyException.class, () -> page.getData().get(3).getStatus());
    assertThat(e.jsonPath()).isEqualTo("$.data[3].status");
    assertThat(e.model()).isEqualTo("JobResponse");
    assertThat(e.endpoint()).isEqualTo("GET /jobs");
    assertThat(e.operation()).isEqualTo("listJobs");
  }

  @Test
  void aWebBackendConnectionWithoutPropertiesNoReleasedAirbyteSendsStillYieldsItsCatalog() throws Exception {
    // onDemandEnabled is in no released Airbyte; source.sourceDefinitionId is something airbytekit never reads.
    enqueueJson(200, ConfigApiTest.WEB_BACKEND_CONNECTION_JSON
        .replace(",\"onDemandEnabled\":false", "")
        .replace("\"sourceDefinitionId\":\"decd338e-5647-4c0b-adf4-da0e75f5a750\",", ""));

    WebBackendConnectionRead read = configApi.webBackend()
        .webBackendGetConnection(new WebBackendConnectionRequestBody().connectionId(PublicApiTest.CONNECTION))
        .execute().body();

    assertThat(read.getSyncCatalog().getStreams()).hasSize(1);
    assertThatThrownBy(read::getOnDemandEnabled)
        .hasMessage("Airbyte's answer to webBackendGetConnection (POST /v1/web_backend/connections/get) has no "
            + "'onDemandEnabled' at $.onDemandEnabled (required by WebBackendConnectionRead)");
    assertThatThrownBy(() -> read.getSource().getSourceDefinitionId())
        .isInstanceOf(MissingPropertyException.class)
        .hasMessageContaining("at $.source.sourceDefinitionId (required by SourceRead)");
  }

  @Test
  void deeplyNestedListElementsOutsideAResponseNameTheFullPathAndNoOperation() throws Exception {
    OrderList orders = ORDERS.fromJson("{\"data\":[" + order(1, "[" + OWNER + "]") + ","
        + order(2, "[" + OWNER + "," + OWNER + ",{\"email_address\":null}]") + "]}");

    assertThat(orders.getData().get(1).getLines().get(1).getEmailAddress()).isEqualTo("a@example.com");
    MissingPropertyException e = catchThrowableOfType(MissingPropertyException.class,
        () -> orders.getData().get(1).getLines().get(2).getEmailAddress());
    assertThat(e).hasMessage("No 'email_address' at $.data[1].lines[2].email_address (required by Owner)");
    assertThat(e.operation()).isNull();
    assertThat(e.endpoint()).isNull();
  }

  @Test
  void missingNestedObjectsListsAndTopLevelPropertiesFailOnlyWhenRead() throws Exception {
    OrderList noOwner = ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace(",\"owner\":" + OWNER, "") + "]}");
    OrderList nullLines = ORDERS.fromJson("{\"data\":[" + order(1, "null") + "]}");
    OrderList noData = ORDERS.fromJson("{\"next\":\"x\"}");

    assertThat(noOwner.getData().get(0).getId()).isEqualTo(1L);
    assertThatThrownBy(() -> noOwner.getData().get(0).getOwner()).hasMessageContaining("$.data[0].owner");
    assertThatThrownBy(() -> nullLines.getData().get(0).getLines()).hasMessageContaining("$.data[0].lines");
    assertThat(noData.getNext()).isEqualTo("x");
    assertThatThrownBy(noData::getData).hasMessage("No 'data' at $.data (required by OrderList)");
  }

  @Test
  void aModelBuiltWithSettersThrowsTheSameExceptionWithoutAnOperation() {
    MissingPropertyException e =
        catchThrowableOfType(MissingPropertyException.class, () -> new JobResponse().jobId(1L).getStatus());

    assertThat(e).hasMessage("No 'status' at $.status (required by JobResponse)");
    assertThat(e.operation()).isNull();
  }

  @Test
  void requestBodiesReadByAServerFailOnlyWhenTheMissingPropertyIsRead() throws Exception {
    // The testkit's fake server reads request bodies with these models.
    JobCreateRequest request = ApiMoshi.moshi().adapter(JobCreateRequest.class).fromJson("{\"jobType\":\"sync\"}");

    assertThat(request.getJobType().wireValue()).isEqualTo("sync");
    assertThatThrownBy(request::getConnectionId)
        .isInstanceOf(MissingPropertyException.class)
        .hasMessage("No 'connectionId' at $.connectionId (required by JobCreateRequest)");
  }

  @Test
  void nullableRequiredPropertyAcceptsNullAndAbsence() throws Exception {
    OrderList withNull = ORDERS.fromJson("{\"data\":[" + order(1, "[]") + "]}");
    OrderList absent = ORDERS.fromJson("{\"data\":[" + order(2, "[]").replace("\"comment\":null,", "") + "]}");

    Order first = withNull.getData().get(0);
    assertThat(first.getComment()).isNull();
    assertThat(first.getStatus()).isEqualTo(OrderStatus.OPEN);
    assertThat(first.getOwner().getEmailAddress()).isEqualTo("a@example.com");
    assertThat(absent.getData().get(0).getComment()).isNull();
  }

  @Test
  void aRequiredBlobKeepsAnExplicitJsonNullAndFailsOnlyWhenAbsent() throws Exception {
    Order order = ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace("{\"k\":1.10}", "null") + "]}")
        .getData().get(0);
    Order absent = ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace(",\"payload\":{\"k\":1.10}", "") + "]}")
        .getData().get(0);

    assertThat(order.getPayload()).isEqualTo(RawJson.nullValue());
    assertThatThrownBy(absent::getPayload).hasMessageContaining("'payload' at $.data[0].payload");
  }

  @Test
  void exactBlobsSurviveTheRead() throws Exception {
    Order order = ORDERS.fromJson("{\"data\":[" + order(1, "[]") + "]}").getData().get(0);

    assertThat(order.getPayload().toJson()).isEqualTo("{\"k\":1.10}");
  }

  @Test
  void whereAModelCameFromIsNoPartOfItsValue() throws Exception {
    JobResponse parsed = ApiMoshi.moshi().adapter(JobResponse.class).fromJson("{\"jobId\":1,\"status\":\"running\"}");
    JobResponse built = new JobResponse().jobId(1L).status(JobStatusEnum.RUNNING);

    assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(ApiMoshi.moshi().adapter(JobResponse.class).toJson(parsed)).isEqualTo("{\"jobId\":1,\"status\":\"running\"}");
  }

  @Test
  void writingIsNotChecked() {
    // Requests are built with setters; what to send stays the caller's decision.
    assertThat(ApiMoshi.moshi().adapter(JobResponse.class).toJson(new JobResponse().jobId(1L)))
        .isEqualTo("{\"jobId\":1}");
  }

  @Test
  void ownMoshiBuiltWithInstallReadsTolerantlyToo() throws Exception {
    JsonAdapter<ConnectionResponse> adapter = ApiMoshi.install(new Moshi.Builder()).build()
        .adapter(ConnectionResponse.class);

    ConnectionResponse connection = adapter.fromJson("{\"connectionId\":\"" + UUID.randomUUID() + "\"}");

    assertThatThrownBy(connection::getName).hasMessage("No 'name' at $.name (required by ConnectionResponse)");
  }

  private static String order(long id, String lines) {
    return "{\"id\":" + id + ",\"status\":\"open\",\"comment\":null,\"owner\":" + OWNER
        + ",\"lines\":" + lines + ",\"payload\":{\"k\":1.10}}";
  }
}
