package io.github.airbytekit.connections;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a server may give that the fake never does: success bodies that are not JSON, required properties left
 * out, and 423 on a catalog write. Each is reported by the gateway as what it is.
 */
class UnusableAnswersTest {
  private static final String CONNECTION = "0c0c0c0c-0000-4000-8000-000000000001";
  private static final String WORKSPACE = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
  private CloudConnection connection;

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse answer = answers.get(request.getMethod() + " " + request.getRequestUrl().encodedPath());
        return answer != null ? answer : new MockResponse().setResponseCode(404);
      }
    });
    server.start();
    connection = CloudWorkspace.builder().workspaceId(WORKSPACE).bearerToken(Secret.of("token"))
        .apiRoot(server.url("/api/public/v1").toString()).retryPolicy(RetryPolicy.none()).build()
        .getConnection(CONNECTION);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private void answer(String requestLine, int code, String body) {
    answers.put(requestLine, new MockResponse().setResponseCode(code).addHeader("Content-Type", "application/json")
        .setBody(body));
  }

  @Test
  void aSuccessBodyThatIsNotJsonIsAnUnusableAnswerWithItsRealStatus() {
    answer("GET /api/public/v1/connections/" + CONNECTION, 200, "<html>proxy login</html>");

    assertThatThrownBy(connection::name)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.url()).isEqualTo(server.url("/api/public/v1/connections/" + CONNECTION).toString());
          assertThat(e.operation()).isEqualTo("getConnection");
          assertThat(e.endpoint()).isEqualTo("GET /connections/{connectionId}");
          assertThat(e.property()).isNull();
        })
        .isNotInstanceOf(AirbyteApiException.class)
        .hasMessageContaining("answered HTTP 200 with a body that is not the expected JSON");
  }

  @Test
  void aMissingRequiredPropertyFailsOnlyTheOperationThatReadsIt() {
    answer("GET /api/public/v1/connections/" + CONNECTION, 200, "{\"connectionId\":\"" + CONNECTION
        + "\",\"name\":\"nightly\",\"workspaceId\":\"" + WORKSPACE + "\",\"status\":\"active\"}");

    assertThat(connection.name()).isEqualTo("nightly");
    assertThat(connection.isEnabled()).isTrue();
    assertThatThrownBy(connection::sourceId)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.property()).isEqualTo("sourceId");
          assertThat(e.jsonPath()).isEqualTo("$.sourceId");
          assertThat(e.operation()).isEqualTo("getConnection");
          assertThat(e.endpoint()).isEqualTo("GET /connections/{connectionId}");
          assertThat(e.statusCode()).isEqualTo(200);
        })
        .hasMessage("GET " + server.url("/api/public/v1/connections/" + CONNECTION) + " (getConnection (GET"
            + " /connections/{connectionId})) answered HTTP 200 without 'sourceId' at $.sourceId (required by"
            + " ConnectionResponse)");
  }

  @Test
  void aMissingPropertyOfAListedItemNamesItsPath() {
    answer("GET /api/public/v1/jobs", 200, "{\"data\":[{\"jobId\":1,\"status\":\"succeeded\",\"jobType\":\"sync\","
        + "\"startTime\":\"2024-01-01T00:00:00Z\",\"connectionId\":\"" + CONNECTION + "\"},{\"jobType\":\"sync\"}]}");

    assertThatThrownBy(connection::getPreviousSyncLogs)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.property()).isEqualTo("jobId");
          assertThat(e.jsonPath()).isEqualTo("$.data[1].jobId");
          assertThat(e.operation()).isEqualTo("listJobs");
        });
  }

  @Test
  void aLockedCatalogWriteIsConnectionSyncActive() {
    answer("GET /api/public/v1/connections/" + CONNECTION, 200, SyncRecoveryTest.connection(WORKSPACE));
    answer("POST /api/v1/web_backend/connections/update", 423, "{\"message\":\"sync running\"}");

    assertThatThrownBy(() -> connection.importRawCatalog(Fixtures.catalog()))
        .isInstanceOfSatisfying(ConnectionSyncActiveException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(423);
          assertThat(e.connectionId()).isEqualTo(CONNECTION);
          assertThat(e.method()).isEqualTo("POST");
        });
  }

  @Test
  void aLockedReadIsNoRefusedWrite() {
    answer("POST /api/v1/state/get", 423, "{\"message\":\"locked\"}");

    assertThatThrownBy(connection::dumpRawConnectionState)
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(423))
        .isNotInstanceOf(ConnectionSyncActiveException.class);
  }

  @Test
  void aConflictOutsideJobCreationIsNoRunningSync() {
    answer("GET /api/public/v1/connections/" + CONNECTION, 200, SyncRecoveryTest.connection(WORKSPACE));
    answer("PATCH /api/public/v1/connections/" + CONNECTION, 409, "{\"title\":\"conflict\"}");

    assertThatThrownBy(() -> connection.rename("x"))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(409))
        .isNotInstanceOf(SyncAlreadyRunningException.class);
  }
}
