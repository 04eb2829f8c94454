package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.configapi.model.ConnectionStream;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRefreshRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRequestBody;
import io.github.airbytekit.client.configapi.model.FailureOrigin;
import io.github.airbytekit.client.configapi.model.JobConfigType;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobReadResponse;
import io.github.airbytekit.client.configapi.model.RefreshMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Jobs for chosen streams (Config API) and the per-stream results and failures a job reports. */
class StreamJobsTest extends ApiServerFixture {
  private static final UUID CONNECTION = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");
  private static final String JOB = "{\"job\":{\"id\":42,\"configType\":\"reset_connection\",\"configId\":\""
      + CONNECTION + "\",\"createdAt\":1,\"updatedAt\":2,\"status\":\"failed\"},\"attempts\":[{\"attempt\":{\"id\":0,"
      + "\"status\":\"failed\",\"createdAt\":1,\"updatedAt\":2,\"totalStats\":{\"recordsEmitted\":10,"
      + "\"additionalStats\":{\"wasBackfilled\":0}},\"streamStats\":[{\"streamName\":\"users\",\"streamNamespace\":"
      + "\"public\",\"stats\":{\"recordsCommitted\":7,\"bytesCommitted\":700}}],\"failureSummary\":{\"failures\":[{"
      + "\"failureOrigin\":\"source\",\"failureType\":\"config_error\",\"externalMessage\":\"bad cursor\","
      + "\"timestamp\":3,\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"}}]}}}]}";

  private static ConnectionStreamRequestBody users() {
    return new ConnectionStreamRequestBody().connectionId(CONNECTION)
        .streams(List.of(new ConnectionStream().streamName("users").streamNamespace("public")));
  }

  @Test
  void resetOfChosenStreamsPostsThemAndReadsPerStreamStatsAndTheFailingStream() throws Exception {
    enqueueJson(200, JOB);

    JobInfoRead job = configApi.connections().resetConnectionStream(users()).execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/connections/reset/stream", "{\"connectionId\":\"" + CONNECTION
        + "\",\"streams\":[{\"streamName\":\"users\",\"streamNamespace\":\"public\"}]}");
    assertThat(job.getJob().getConfigType()).isSameAs(JobConfigType.RESET_CONNECTION);
    var attempt = job.getAttempts().get(0).getAttempt();
    assertThat(attempt.getStreamStats().get(0).getStats().getRecordsCommitted()).isEqualTo(7L);
    assertThat(attempt.getTotalStats().getAdditionalStats()).containsKey("wasBackfilled");
    var failure = attempt.getFailureSummary().getFailures().get(0);
    assertThat(failure.getFailureOrigin()).isSameAs(FailureOrigin.SOURCE);
    assertThat(failure.getStreamDescriptor().getName()).isEqualTo("users");
  }

  @Test
  void clearOfChosenStreamsHasItsOwnPath() throws Exception {
    enqueueJson(200, JOB);

    configApi.connections().clearConnectionStream(users()).execute();

    assertJsonRequest(take(), "POST", "/api/v1/connections/clear/stream", "{\"connectionId\":\"" + CONNECTION
        + "\",\"streams\":[{\"streamName\":\"users\",\"streamNamespace\":\"public\"}]}");
  }

  @Test
  void refreshSendsTheModeAndReadsTheJobWithoutAttempts() throws Exception {
    enqueueJson(200, "{\"job\":{\"id\":43,\"configType\":\"refresh\",\"configId\":\"" + CONNECTION
        + "\",\"createdAt\":1,\"updatedAt\":1,\"status\":\"pending\"}}");

    JobReadResponse job = configApi.connections().refreshConnectionStream(new ConnectionStreamRefreshRequestBody()
        .connectionId(CONNECTION).refreshMode(RefreshMode.TRUNCATE)).execute().body();

    assertJsonRequest(take(), "POST", "/api/v1/connections/refresh",
        "{\"connectionId\":\"" + CONNECTION + "\",\"refreshMode\":\"Truncate\"}");
    assertThat(job.getJob().getId()).isEqualTo(43L);
  }
}
