package io.github.airbytekit.connections;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both log shapes of the Config API's {@code jobs/get} (structured events and plain lines), as Airbyte sends them. */
class SyncAttemptLogTest {
  private static final String CONNECTION = "0c0c0c0c-0000-4000-8000-000000000001";

  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  /** The attempts of job 3, as read from a {@code jobs/get} answer whose only attempt has {@code logs}. */
  private List<SyncAttempt> attempts(String logs) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json")
        .setBody("{\"job\":{\"id\":3,\"configType\":\"sync\",\"configId\":\"" + CONNECTION + "\",\"createdAt\":1,"
            + "\"updatedAt\":2,\"status\":\"failed\"},\"attempts\":[{\"attempt\":{\"id\":7,\"status\":\"failed\","
            + "\"createdAt\":1,\"updatedAt\":2,\"recordsSynced\":12}" + (logs.isEmpty() ? "" : ",\"logs\":" + logs)
            + "}]}")
        );
    server.start();
    return CloudWorkspace.builder().workspaceId("5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6")
        .bearerToken(Secret.of("token")).apiRoot(server.url("/api/public/v1").toString()).build()
        .getConnection(CONNECTION).getSyncResult(3).attempts();
  }

  @Test
  void structuredEventsBecomeTimestampedLines() throws Exception {
    SyncAttempt attempt = attempts("{\"events\":[{\"timestamp\":1700000000000,\"level\":\"INFO\",\"message\":"
        + "\"starting\",\"logSource\":\"platform\"},{\"message\":\"no level, no time\"}],"
        + "\"logLines\":[\"ignored when events exist\"]}").get(0);

    assertThat(attempt.fullLogText()).isEqualTo("[2023-11-14T22:13:20Z] INFO: starting\n[] INFO: no level, no time");
    assertThat(attempt.status()).isEqualTo(JobStatus.FAILED);
    assertThat(attempt.attemptId()).isEqualTo(7);
    assertThat(attempt.recordsSynced()).isEqualTo(12);
    assertThat(attempt.bytesSynced()).isZero();
  }

  @Test
  void plainLogLinesAreJoined() throws Exception {
    assertThat(attempts("{\"logLines\":[\"a\",\"b\"]}").get(0).fullLogText()).isEqualTo("a\nb");
  }

  @Test
  void noLogsIsEmptyText() throws Exception {
    assertThat(attempts("").get(0).fullLogText()).isEmpty();
  }
}
