package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-stream counters and failure reasons of jobs, from the Config API's {@code jobs/get}. */
class StreamResultsTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final StreamId USERS = StreamId.of("users", "public");
  private static final StreamId ORDERS = StreamId.of("orders", "public");

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "per-stream");
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  private static StreamSyncStats stats(StreamId stream, long records, long bytes) {
    return StreamSyncStats.builder().stream(stream).recordsEmitted(records).recordsCommitted(records)
        .bytesEmitted(bytes).bytesCommitted(bytes).build();
  }

  @Test
  void aSucceededSyncReportsWhatEachSelectedStreamMoved() {
    SyncResult result = connection.runSync();

    // The fake's 1,000 records and 1 MiB, split between the two selected streams (events is not selected).
    assertThat(result.streamStats()).containsExactly(stats(USERS, 500, 524_288), stats(ORDERS, 500, 524_288));
    assertThat(result.attempts().get(0).streamStats()).isEqualTo(result.streamStats());
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void aJobFailedByOneStreamNamesTheStreamOriginTypeAndMessage() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
    server.jobs().failStream(result.jobId(), "Table users has no column updated_at", "users", "public");

    List<JobFailure> failures = result.failures();

    assertThat(failures).hasSize(1);
    JobFailure failure = failures.get(0);
    assertThat(failure.getOrigin()).isEqualTo("source");
    assertThat(failure.getType()).isEqualTo("system_error");
    assertThat(failure.getMessage()).isEqualTo("Table users has no column updated_at");
    assertThat(failure.getStream()).isEqualTo(USERS);
    assertThat(failure.getTimestamp()).isNotNull();
    assertThat(result.attempts().get(0).failures()).isEqualTo(failures);
  }

  @Test
  void aCancelledJobReportsAManualCancellationByThePlatform() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
    server.jobs().advance(result.jobId()); // running: its attempt has started
    result.cancel();

    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.getOrigin()).isEqualTo("airbyte_platform");
      assertThat(failure.getType()).isEqualTo("manual_cancellation");
      assertThat(failure.getStream()).isNull();
    });
  }

  @Test
  void aStreamResetReportsOnlyThatStream() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS).build());

    assertThat(result.streamStats()).extracting(StreamSyncStats::getStream).containsExactly(USERS);
  }

  @Test
  void seededJobsReportPerStreamResultsToo() {
    server.seed().job(CONNECTION_ID, FakeJobStatus.SUCCEEDED).job(CONNECTION_ID, FakeJobStatus.FAILED);

    assertThat(connection.getSyncResult(1).streamStats()).containsExactly(stats(USERS, 500, 524_288),
        stats(ORDERS, 500, 524_288));
    assertThat(connection.getSyncResult(2).failures()).extracting(JobFailure::getMessage)
        .containsExactly("Seeded failure");
  }

  @Test
  void countersOfEveryAttemptAddUpPerStreamAndUnknownOriginsAreKept() throws IOException {
    try (MockWebServer mock = new MockWebServer()) {
      String stream = "{\"streamName\":\"users\",\"streamNamespace\":\"public\",\"stats\":{\"recordsEmitted\":3,"
          + "\"recordsCommitted\":2,\"bytesCommitted\":20,\"futureCounter\":1}}";
      mock.enqueue(new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json")
          .setBody("{\"job\":{\"id\":3,\"configType\":\"sync\",\"configId\":\"" + CONNECTION_ID + "\",\"createdAt\":1,"
              + "\"updatedAt\":2,\"status\":\"failed\"},\"attempts\":["
              + "{\"attempt\":{\"id\":1,\"status\":\"failed\",\"createdAt\":1,\"updatedAt\":2,\"streamStats\":["
              + stream + "]}},"
              + "{\"attempt\":{\"id\":2,\"status\":\"failed\",\"createdAt\":1,\"updatedAt\":2,\"streamStats\":["
              + stream + ",{\"streamName\":\"orders\",\"stats\":{}}],\"failureSummary\":{\"failures\":[{"
              + "\"failureOrigin\":\"quantum\",\"failureType\":\"config_error\",\"internalMessage\":\"bad key\","
              + "\"retryable\":false,\"timestamp\":1700000000000}]}}}]}"));
      mock.start();
      SyncResult result = CloudWorkspace.builder().workspaceId("5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6")
          .bearerToken(Secret.of("token")).apiRoot(mock.url("/api/public/v1").toString()).build()
          .getConnection(CONNECTION_ID).getSyncResult(3);

      assertThat(result.streamStats()).containsExactly(
          StreamSyncStats.builder().stream(USERS).recordsEmitted(6).recordsCommitted(4).bytesCommitted(40).build(),
          StreamSyncStats.builder().stream(StreamId.of("orders", null)).build());
      assertThat(result.failures()).containsExactly(JobFailure.builder().origin("quantum").type("config_error")
          .message("bad key").retryable(false).timestamp(Instant.ofEpochMilli(1_700_000_000_000L)).build());
      assertThat(mock.getRequestCount()).isEqualTo(1); // final job: attempts are read once and cached
    }
  }
}
