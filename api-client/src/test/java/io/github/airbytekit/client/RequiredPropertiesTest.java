package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.testmodel.Order;
import io.github.airbytekit.client.testmodel.OrderList;
import io.github.airbytekit.client.testmodel.OrderStatus;
import io.github.airbytekit.domain.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Required, non-nullable properties are checked when a generated model is read, at any depth, so
 * their non-null getters never return null. Test-only schemas: {@code src/test/openapi/required-test.yaml}.
 */
class RequiredPropertiesTest extends ApiServerFixture {

  private static final JsonAdapter<OrderList> ORDERS = ApiMoshi.moshi().adapter(OrderList.class);

  private static final String OWNER = "{\"email_address\":\"a@example.com\"}";

  @Test
  void responseMissingARequiredPropertyFailsNamingPropertyAndPath() {
    enqueueJson(200, PublicApiTest.jobJson(7, "running").replace("\"status\":\"running\",", ""));

    assertThatThrownBy(() -> publicApi.jobs().getJob(7L).execute())
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'status' missing or null at $");
  }

  @Test
  void listElementMissingARequiredPropertyNamesTheElementIndex() {
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(PublicApiTest.jobJson(i, "succeeded"));
    }
    jobs.set(3, jobs.get(3).replace("\"status\":\"succeeded\",", ""));
    enqueueJson(200, "{\"next\":\"\",\"data\":[" + String.join(",", jobs) + "]}");

    assertThatThrownBy(() -> publicApi.jobs().listJobs(null, null, null, null, null, null, null, null, null, null, null)
        .execute())
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'status' missing or null at $.data[3]");
  }

  @Test
  void explicitNullForARequiredPropertyOfANestedObjectFails() {
    enqueueJson(200, PublicApiTest.connectionJson("active")
        .replace("\"scheduleType\":\"cron\"", "\"scheduleType\":null"));

    assertThatThrownBy(() -> publicApi.connections().getConnection(PublicApiTest.CONNECTION).execute())
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'scheduleType' missing or null at $.schedule");
  }

  @Test
  void completeResponseStillReadsWithUnknownEnumsAndUnknownProperties() throws Exception {
    enqueueJson(200, PublicApiTest.jobJson(8, "waiting_for_quota").replace("{", "{\"addedLater\":{\"x\":[1,2]},"));

    JobResponse job = publicApi.jobs().getJob(8L).execute().body();

    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.UNKNOWN);
    assertThat(job.getStatusRaw()).isEqualTo("waiting_for_quota");
  }

  @Test
  void deeplyNestedListElementNamesTheFullPath() {
    String json = "{\"data\":[" + order(1, "[" + OWNER + "]") + ","
        + order(2, "[" + OWNER + "," + OWNER + ",{\"email_address\":null}]") + "]}";

    assertThatThrownBy(() -> ORDERS.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'email_address' missing or null at $.data[1].lines[2]");
  }

  @Test
  void missingNestedObjectAndMissingListAreBothRefused() {
    assertThatThrownBy(() -> ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace(",\"owner\":" + OWNER, "") + "]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'owner' missing or null at $.data[0]");
    assertThatThrownBy(() -> ORDERS.fromJson("{\"data\":[" + order(1, "null") + "]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'lines' missing or null at $.data[0]");
    assertThatThrownBy(() -> ORDERS.fromJson("{\"next\":\"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'data' missing or null at $");
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
  void requiredFreeFormBlobKeepsAnExplicitJsonNullVerbatim() throws Exception {
    Order order = ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace("{\"k\":1.10}", "null") + "]}")
        .getData().get(0);

    assertThat(order.getPayload()).isEqualTo(RawJson.nullValue());
    assertThatThrownBy(() -> ORDERS.fromJson("{\"data\":[" + order(1, "[]").replace(",\"payload\":{\"k\":1.10}", "") + "]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'payload' missing or null at $.data[0]");
  }

  @Test
  void exactBlobsSurviveTheCheck() throws Exception {
    Order order = ORDERS.fromJson("{\"data\":[" + order(1, "[]") + "]}").getData().get(0);

    assertThat(order.getPayload().toJson()).isEqualTo("{\"k\":1.10}");
  }

  @Test
  void writingIsNotChecked() {
    // Requests are built with setters; what to send stays the caller's decision.
    assertThat(ApiMoshi.moshi().adapter(JobResponse.class).toJson(new JobResponse().jobId(1L)))
        .isEqualTo("{\"jobId\":1}");
  }

  @Test
  void ownMoshiBuiltWithInstallChecksToo() {
    JsonAdapter<ConnectionResponse> adapter = ApiMoshi.install(new Moshi.Builder()).build()
        .adapter(ConnectionResponse.class);

    assertThatThrownBy(() -> adapter.fromJson("{\"connectionId\":\"" + UUID.randomUUID() + "\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith("Required property '")
        .hasMessageEndingWith("' missing or null at $");
  }

  @Test
  void requestBodyModelsAreCheckedWhenRead() {
    // The testkit's fake server reads request bodies with these models.
    JsonAdapter<JobCreateRequest> adapter = ApiMoshi.moshi().adapter(JobCreateRequest.class);

    assertThatThrownBy(() -> adapter.fromJson("{\"jobType\":\"sync\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'connectionId' missing or null at $");
  }

  private static String order(long id, String lines) {
    return "{\"id\":" + id + ",\"status\":\"open\",\"comment\":null,\"owner\":" + OWNER
        + ",\"lines\":" + lines + ",\"payload\":{\"k\":1.10}}";
  }
}
