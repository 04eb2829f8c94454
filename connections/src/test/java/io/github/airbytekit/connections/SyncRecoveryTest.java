package io.github.airbytekit.connections;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server behaviour the fake cannot script yet: a POST /jobs that Airbyte carried out but whose response was
 * lost, and a job whose public {@code startTime} cannot be parsed.
 */
class SyncRecoveryTest {
  private static final String CONNECTION = "0c0c0c0c-0000-4000-8000-000000000001";
  private static final String WORKSPACE = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  private final MockWebServer server = new MockWebServer();
  private final AtomicBoolean created = new AtomicBoolean();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        lines.add(request.getMethod() + " " + path);
        if (path.endsWith("/applications/token")) {
          return json("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        }
        if (path.equals("/api/public/v1/connections/" + CONNECTION)) {
          return json(connection(WORKSPACE));
        }
        if (request.getMethod().equals("POST") && path.equals("/api/public/v1/jobs")) {
          created.set(true); // Airbyte started the job ...
          return new MockResponse().setResponseCode(200).setBody("{}")
              .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST); // ... but the answer is lost
        }
        if (path.equals("/api/public/v1/jobs")) {
          return json(created.get() ? "{\"data\":[" + job("running", Instant.now().toString()) + "]}" : "{\"data\":[]}");
        }
        if (path.equals("/api/public/v1/jobs/42")) {
          return json(job("succeeded", "sometime last night"));
        }
        if (path.equals("/api/v1/jobs/get")) {
          return json("{\"job\":{\"id\":42,\"configType\":\"sync\",\"configId\":\"" + CONNECTION + "\",\"createdAt\":1700000000,"
              + "\"updatedAt\":1700000100,\"startedAt\":1700000010,\"status\":\"succeeded\"},\"attempts\":[]}");
        }
        return new MockResponse().setResponseCode(404);
      }
    });
    server.start();
    workspace = CloudWorkspace.builder()
        .workspaceId(WORKSPACE)
        .clientCredentials("id", Secret.of("secret"))
        .apiRoot(server.url("/api/public/v1").toString())
        .readTimeout(Duration.ofSeconds(5))
        .sleeper(VirtualTime.startingNow().sleeper())
        .build();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json").setBody(body);
  }

  /** A complete public API ConnectionResponse; without {@code workspaceId} when it is null. */
  static String connection(String workspaceId) {
    return "{\"connectionId\":\"" + CONNECTION + "\",\"name\":\"nightly\","
        + "\"sourceId\":\"50505050-0000-4000-8000-000000000001\","
        + "\"destinationId\":\"de5de5de-0000-4000-8000-000000000001\","
        + (workspaceId == null ? "" : "\"workspaceId\":\"" + workspaceId + "\",")
        + "\"status\":\"active\",\"schedule\":{\"scheduleType\":\"manual\"},"
        + "\"configurations\":{\"streams\":[]},\"createdAt\":1700000000,\"tags\":[]}";
  }

  private static String job(String status, String startTime) {
    return "{\"jobId\":42,\"status\":\"" + status + "\",\"jobType\":\"sync\",\"startTime\":\"" + startTime
        + "\",\"connectionId\":\"" + CONNECTION + "\"}";
  }

  @Test
  void aJobCreatedByARequestWhoseAnswerWasLostIsAdoptedNotCreatedAgain() {
    SyncResult result = workspace.getConnection(CONNECTION)
        .runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.jobId()).isEqualTo(42);
    assertThat(lines).containsExactly("POST /api/public/v1/applications/token",
        "GET /api/public/v1/connections/" + CONNECTION, "POST /api/public/v1/jobs", "GET /api/public/v1/jobs");
  }

  @Test
  void anUnparseableStartTimeFallsBackToTheConfigApiJob() {
    SyncResult result = workspace.getConnection(CONNECTION).getSyncResult(42);

    assertThat(result.startTime()).isEqualTo(Instant.ofEpochSecond(1700000010));
    assertThat(lines).contains("POST /api/v1/jobs/get");
  }
}
