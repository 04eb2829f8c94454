package io.github.airbytekit.connections;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/** Answers the fake does not give: connections without a workspace, and problem documents with a detail. */
class ProblemResponsesTest {
  private static final String CONNECTION = "0c0c0c0c-0000-4000-8000-000000000001";
  private static final String WORKSPACE = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";
  private static final String GET = "GET /api/public/v1/connections/" + CONNECTION;
  private static final String TOKEN = "POST /api/public/v1/applications/token";

  private final MockWebServer server = new MockWebServer();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  /** Serves the token, {@code connection} for GET /connections/{id}, and {@code error} for everything else. */
  private CloudConnection connection(@Nullable String workspaceOfConnection, MockResponse error) throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        lines.add(request.getMethod() + " " + path);
        if (path.endsWith("/applications/token")) {
          return json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        }
        if (request.getMethod().equals("GET") && path.equals("/api/public/v1/connections/" + CONNECTION)) {
          return json(200, SyncRecoveryTest.connection(workspaceOfConnection));
        }
        return error;
      }
    });
    server.start();
    return CloudWorkspace.builder()
        .workspaceId(WORKSPACE)
        .clientCredentials("id", Secret.of("secret"))
        .apiRoot(server.url("/api/public/v1").toString())
        .readTimeout(Duration.ofSeconds(5))
        .sleeper(VirtualTime.startingNow().sleeper())
        .build()
        .getConnection(CONNECTION);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).addHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse problem(int code, String title, @Nullable String detail) {
    return new MockResponse().setResponseCode(code).addHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\":\"https://reference.airbyte.com/reference/errors\",\"title\":\"" + title + "\",\"status\":"
            + code + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}")
        ;
  }

  @Test
  void aConnectionWithoutWorkspaceIdIsNeitherCachedNorWrittenTo() throws Exception {
    CloudConnection connection = connection(null, problem(500, "should not be reached", null));

    assertThatThrownBy(connection::name).isInstanceOf(AirbyteException.class).hasMessageContaining("workspaceId");
    assertThatThrownBy(() -> connection.rename("mine")).isInstanceOf(AirbyteException.class)
        .hasMessageContaining("workspaceId");

    // Nothing was cached as verified (the second call asked again) and nothing was written.
    assertThat(lines).containsExactly(TOKEN, GET, GET);
  }

  @Test
  void theProblemDetailIsAppendedToTheMessageAndExposed() throws Exception {
    CloudConnection connection = connection(WORKSPACE,
        problem(400, "bad-request", "The cron expression fires more than once an hour."));

    assertThatThrownBy(() -> connection.setSchedule("0 * * * * ?"))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.problemTitle()).isEqualTo("bad-request");
          assertThat(e.problemDetail()).isEqualTo("The cron expression fires more than once an hour.");
        })
        .hasMessage("PATCH " + server.url("/api/public/v1/connections/" + CONNECTION) + " failed with HTTP 400:"
            + " bad-request - The cron expression fires more than once an hour.");
  }

  @Test
  void subtypesCarryTheDetailToo() throws Exception {
    CloudConnection connection = connection(WORKSPACE, problem(404, "not-found", "No job 77 in this workspace."));

    assertThatThrownBy(() -> connection.getSyncResult(77).status())
        .isInstanceOfSatisfying(AirbyteNotFoundException.class,
            e -> assertThat(e.problemDetail()).isEqualTo("No job 77 in this workspace."))
        .hasMessageEndingWith(": not-found - No job 77 in this workspace.");
  }

  @Test
  void withoutADetailTheMessageIsUnchanged() throws Exception {
    CloudConnection connection = connection(WORKSPACE, problem(422, "unprocessable", null));

    assertThatThrownBy(() -> connection.rename("x"))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.problemDetail()).isNull())
        .hasMessageEndingWith("failed with HTTP 422: unprocessable");
  }
}
