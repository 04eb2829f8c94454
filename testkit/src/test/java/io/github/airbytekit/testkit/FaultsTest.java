package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static io.github.airbytekit.testkit.support.TestClients.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ConformsToOpenApi.class)
class FaultsTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  static final UUID CONNECTION = UUID.fromString(DemoSeed.NEVER_SYNCED_CONNECTION_ID);

  FakeAirbyteServer server;
  PublicApiServices api;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
    api = TestClients.publicApi(server);
  }

  private retrofit2.Response<JobResponse> startSync() {
    return run(api.jobs().createJob(new JobCreateRequest().connectionId(CONNECTION).jobType(JobTypeEnum.SYNC)));
  }

  @Test
  void failsTheNextNMatchingRequestsBeforeAnyStateChange() {
    server.faults().on("POST /api/public/v1/jobs").times(2).respond(503);

    assertThat(startSync().code()).isEqualTo(503);
    assertThat(startSync().code()).isEqualTo(503);
    assertThat(server.jobs().of(CONNECTION.toString())).isEmpty();
    assertThat(server.faults().armed()).isZero();
    assertThat(startSync().code()).isEqualTo(200);
    assertThat(server.requests().matching("POST /api/public/v1/jobs").all())
        .extracting(RecordedCall::responseStatus)
        .containsExactly(503, 503, 200);
  }

  @Test
  void faultsApplyBeforeAuthentication() {
    server.faults().on("GET /api/public/v1/connections/*").respond(500);

    RawResponse response =
        TestClients.raw(TestClients.anonymous(), "GET", server.apiRoot() + "/connections/" + CONNECTION, null, "application/json");

    assertThat(response.status).isEqualTo(500);
    assertThat(response.body).contains("\"status\":500");
  }

  @Test
  void tooManyRequestsWithAndWithoutRetryAfter() {
    server.faults().on("GET /api/public/v1/jobs/**").tooManyRequests(Duration.ofSeconds(7));
    server.faults().on("GET /api/public/v1/jobs/**").tooManyRequests();

    retrofit2.Response<JobResponse> first = run(api.jobs().getJob(999L));
    assertThat(first.code()).isEqualTo(429);
    assertThat(first.headers().get("Retry-After")).isEqualTo("7");
    retrofit2.Response<JobResponse> second = run(api.jobs().getJob(999L));
    assertThat(second.code()).isEqualTo(429);
    assertThat(second.headers().get("Retry-After")).isNull();
    assertThat(run(api.jobs().getJob(999L)).code()).isEqualTo(404);
  }

  @Test
  void configApiFaultsAnswerInTheConfigApiErrorShape() {
    server.faults().on("POST /api/v1/state/get").respond(502);

    RawResponse response = TestClients.raw(server, "POST", server.configApiRoot() + "/state/get", "{\"connectionId\":\"" + CONNECTION + "\"}");

    assertThat(response.status).isEqualTo(502);
    assertThat(response.body).contains("\"message\":");
  }

  @Test
  void delayServesTheRequestLate() {
    server.faults().on("GET /api/public/v1/connections/*").delay(Duration.ofMillis(300));

    long start = System.nanoTime();
    ok(api.connections().getConnection(CONNECTION));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
  }

  @Test
  void dropConnectionCutsTheResponseAndHandlesNothing() {
    server.faults().on("POST /api/public/v1/jobs").dropConnection();

    assertThatThrownBy(() -> api.jobs().createJob(new JobCreateRequest().connectionId(CONNECTION).jobType(JobTypeEnum.SYNC)).execute())
        .isInstanceOfAny(IOException.class, RuntimeException.class);
    assertThat(server.jobs().of(CONNECTION.toString())).isEmpty();
    assertThat(server.requests().matching("POST /api/public/v1/jobs").last().orElseThrow().responseStatus()).isZero();
    assertThat(startSync().code()).isEqualTo(200);
  }

  @Test
  void dropConnectionAfterHandlingLosesOnlyTheAnswer() {
    server.faults().on("POST /api/public/v1/jobs").dropConnectionAfterHandling();

    assertThatThrownBy(() -> api.jobs().createJob(new JobCreateRequest().connectionId(CONNECTION).jobType(JobTypeEnum.SYNC)).execute())
        .isInstanceOfAny(IOException.class, RuntimeException.class);
    assertThat(server.jobs().openJob(CONNECTION.toString())).isPresent();
    assertThat(startSync().code()).isEqualTo(409);
  }

  @Test
  void patternsMatchMethodAndPathOnly() {
    server.faults().on("* /api/public/v1/connections/*").respond(503);
    assertThat(run(api.connections().listConnections(null, null, null, null, null)).code()).isEqualTo(200);
    assertThat(run(api.connections().getConnection(CONNECTION)).code()).isEqualTo(503);
    assertThatThrownBy(() -> server.faults().on("/no/method")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> server.faults().on("GET /x").times(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetDisarmsFaults() {
    server.faults().on("POST /api/public/v1/jobs").times(5).respond(503);
    server.reset();
    assertThat(server.faults().armed()).isZero();
    assertThat(startSync().code()).isEqualTo(200);
  }
}
