package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Config API's {@code connections/reset/stream}, {@code connections/clear/stream} and {@code connections/refresh}. */
@ExtendWith(ConformsToOpenApi.class)
class StreamJobRoutesTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  static final String STREAM = DemoSeed.STREAM_CONNECTION_ID;
  static final String CHARGES = "{\"streamName\":\"charges\"}";

  FakeAirbyteServer server;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
  }

  private RawResponse post(String path, String json) {
    return TestClients.raw(server, "POST", server.configApiRoot() + path, json);
  }

  private String state() {
    return post("/state/get", "{\"connectionId\":\"" + STREAM + "\"}").body;
  }

  @Test
  void aStreamResetAnswersTheJobAndClearsTheStreamsStateWhenItSucceeds() {
    RawResponse started = post("/connections/reset/stream",
        "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");

    assertThat(started.status).isEqualTo(200);
    assertThat(started.body).contains("\"configType\":\"reset_connection\"").contains("\"status\":\"pending\"");
    assertThat(state()).contains("\"charges\""); // still there while the job has not succeeded
    FakeJob job = server.jobs().openJob(STREAM).orElseThrow();
    assertThat(job.jobType()).isEqualTo("reset");

    server.jobs().complete(job.id());

    assertThat(state()).doesNotContain("\"charges\"").contains("\"customers\"");
    assertThat(post("/jobs/get", "{\"id\":" + job.id() + "}").body)
        .contains("\"streamStats\":[").contains("\"streamName\":\"charges\"").doesNotContain("\"customers\"");
  }

  @Test
  void aStreamClearIsAResetJobAndAnEmptyStreamListClearsEveryStreamAsAirbyteDoes() {
    RawResponse started = post("/connections/clear/stream", "{\"connectionId\":\"" + STREAM + "\",\"streams\":[]}");

    assertThat(started.status).isEqualTo(200);
    assertThat(started.body).contains("\"configType\":\"reset_connection\"");
    FakeJob job = server.jobs().openJob(STREAM).orElseThrow();
    assertThat(job.jobType()).isEqualTo("reset");
    server.jobs().complete(job.id());
    assertThat(state()).doesNotContain("\"charges\"").doesNotContain("\"customers\"");
  }

  @Test
  void aStreamResetOrClearWhileAJobIsOpenCancelsThatJobAndStartsAsAirbyteDoes() {
    server.jobs().script(STREAM, FakeJobStatus.RUNNING);
    post("/connections/reset/stream", "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");
    FakeJob first = server.jobs().openJob(STREAM).orElseThrow();

    RawResponse clear = post("/connections/clear/stream",
        "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");

    assertThat(clear.status).isEqualTo(200);
    assertThat(server.jobs().get(first.id()).orElseThrow().status()).isEqualTo(FakeJobStatus.CANCELLED);
    assertThat(server.jobs().openJob(STREAM).orElseThrow().id()).isNotEqualTo(first.id());
  }

  @Test
  void aResetThatCancelsAnOpenResetAlsoResetsItsStreamsAsAirbyteKeepsThemUntilOneSucceeds() {
    server.jobs().script(STREAM, FakeJobStatus.RUNNING);
    post("/connections/reset/stream", "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");

    post("/connections/reset/stream",
        "{\"connectionId\":\"" + STREAM + "\",\"streams\":[{\"streamName\":\"customers\"}]}");
    server.jobs().complete(server.jobs().openJob(STREAM).orElseThrow().id());

    assertThat(state()).doesNotContain("\"charges\"").doesNotContain("\"customers\"");
  }

  @Test
  void aRefreshWhileAJobIsOpenStartsNoJobAndBecomesTheNextJobAsAirbyteDoes() {
    server.jobs().script(STREAM, FakeJobStatus.RUNNING);
    post("/connections/reset/stream", "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");
    FakeJob open = server.jobs().openJob(STREAM).orElseThrow();

    RawResponse refresh = post("/connections/refresh",
        "{\"connectionId\":\"" + STREAM + "\",\"refreshMode\":\"Merge\",\"streams\":[" + CHARGES + "]}");

    assertThat(refresh.status).isEqualTo(200);
    assertThat(refresh.body).isEqualTo("{}");
    assertThat(server.jobs().openJob(STREAM).orElseThrow().id()).isEqualTo(open.id());
    server.jobs().complete(open.id());
    RawResponse next = TestClients.raw(server, "POST", server.apiRoot() + "/jobs",
        "{\"connectionId\":\"" + STREAM + "\",\"jobType\":\"sync\"}");
    assertThat(next.body).contains("\"jobType\":\"refresh\"");
  }

  @Test
  void aRefreshThroughPostJobsIs422AndAClearThereIsAResetAsAirbyteDoes() {
    RawResponse refresh = TestClients.raw(server, "POST", server.apiRoot() + "/jobs",
        "{\"connectionId\":\"" + STREAM + "\",\"jobType\":\"refresh\"}");
    assertThat(refresh.status).isEqualTo(422);
    assertThat(refresh.body).contains("Refreshes are not supported in the public API");

    RawResponse clear = TestClients.raw(server, "POST", server.apiRoot() + "/jobs",
        "{\"connectionId\":\"" + STREAM + "\",\"jobType\":\"clear\"}");
    assertThat(clear.status).isEqualTo(200);
    assertThat(clear.body).contains("\"jobType\":\"reset\"");
  }

  @Test
  void aRefreshAnswersTheJobWithoutAttemptsAndRefusesAnUnknownMode() {
    RawResponse started = post("/connections/refresh", "{\"connectionId\":\"" + STREAM + "\",\"refreshMode\":\"Merge\"}");

    assertThat(started.status).isEqualTo(200);
    assertThat(started.body).startsWith("{\"job\":").contains("\"configType\":\"refresh\"").doesNotContain("attempts");
    assertThat(post("/connections/refresh", "{\"connectionId\":\"" + UUID.randomUUID()
        + "\",\"refreshMode\":\"Merge\"}").status).isEqualTo(404);
    assertThat(post("/connections/refresh", "{\"connectionId\":\"" + STREAM + "\",\"refreshMode\":\"Append\"}").status)
        .isEqualTo(422);
  }

  @Test
  void aFailedStreamResetLeavesTheStateAndNamesTheFailingStream() {
    post("/connections/reset/stream", "{\"connectionId\":\"" + STREAM + "\",\"streams\":[" + CHARGES + "]}");
    FakeJob job = server.jobs().openJob(STREAM).orElseThrow();

    server.jobs().failStream(job.id(), "charges: permission denied", "charges", null);

    assertThat(state()).contains("\"charges\"");
    assertThat(post("/jobs/get", "{\"id\":" + job.id() + "}").body)
        .contains("\"streamDescriptor\":{\"name\":\"charges\"}")
        .contains("\"externalMessage\":\"charges: permission denied\"");
  }
}
