package io.github.airbytekit.testkit.readme;

// The README example "Testing your code with airbytekit-testkit" (testkit/README.md): keep both identical.

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.DemoSeed;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJob;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadmeExampleTest {
  // One fake Airbyte for the whole class, reset (and re-seeded with the demo data) before each test.
  @RegisterExtension
  static final FakeAirbyteServerExtension airbyte =
      FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  // Stands in for your own code: anything that talks to Airbyte's public API with a bearer token.
  static int triggerSync(String apiRoot, String token, String connectionId) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiRoot + "/jobs"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"connectionId\":\"" + connectionId + "\",\"jobType\":\"sync\"}"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void triggersExactlyOneSync() throws Exception {
    FakeAirbyteServer server = airbyte.server();

    int status = triggerSync(server.apiRoot(), server.issueToken(), DemoSeed.STREAM_CONNECTION_ID);

    assertThat(status).isEqualTo(200);
    assertThat(server.requests().syncsTriggeredFor(DemoSeed.STREAM_CONNECTION_ID)).isEqualTo(1);
    FakeJob job = server.jobs().openJob(DemoSeed.STREAM_CONNECTION_ID).orElseThrow();
    assertThat(job.status()).isEqualTo(FakeJobStatus.PENDING);
  }

  @Test
  void secondSyncWhileOneRunsIsRefusedWith409() throws Exception {
    FakeAirbyteServer server = airbyte.server();
    String token = server.issueToken();

    triggerSync(server.apiRoot(), token, DemoSeed.STREAM_CONNECTION_ID);
    int second = triggerSync(server.apiRoot(), token, DemoSeed.STREAM_CONNECTION_ID);

    assertThat(second).isEqualTo(409);
  }

  @Test
  void survivesATransientOutage() throws Exception {
    FakeAirbyteServer server = airbyte.server();
    server.faults().on("POST /api/public/v1/jobs").times(2).respond(503);

    int first = triggerSync(server.apiRoot(), server.issueToken(), DemoSeed.GLOBAL_CONNECTION_ID);

    assertThat(first).isEqualTo(503);
    assertThat(server.jobs().openJob(DemoSeed.GLOBAL_CONNECTION_ID)).isEmpty(); // faults change nothing
    assertThat(server.requests().matching("POST /api/public/v1/jobs").count()).isEqualTo(1);
  }
}
