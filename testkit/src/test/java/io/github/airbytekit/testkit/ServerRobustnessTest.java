package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The fake must answer every request it reads, or close the connection: a request left without
 * either makes the client wait for its whole read timeout (90 s in some clients).
 */
class ServerRobustnessTest {
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  /** A clock the test can make misbehave on the server's threads. */
  static final class TrickClock extends AuthTest.MutableClock {
    volatile boolean fail;
    volatile boolean interrupt;

    @Override
    public Instant instant() {
      if (fail) {
        throw new IllegalStateException("clock broke");
      }
      if (interrupt) {
        Thread.currentThread().interrupt();
      }
      return super.instant();
    }
  }

  private static final OkHttpClient CLIENT =
      new OkHttpClient.Builder().readTimeout(PATIENCE).retryOnConnectionFailure(false).build();

  private static int get(OkHttpClient client, FakeAirbyteServer server, String token, String path) throws IOException {
    Request request =
        new Request.Builder().url(server.apiRoot() + path).header("Authorization", "Bearer " + token).build();
    try (Response response = client.newCall(request).execute()) {
      response.body().string();
      return response.code();
    }
  }

  @Test
  void anUnexpectedFailureInsideTheFakeIsAnswered500InsteadOfLeavingTheClientWaiting() throws IOException {
    TrickClock clock = new TrickClock();
    try (FakeAirbyteServer server = FakeAirbyteServer.builder().clock(clock).build()) {
      String token = server.issueToken();
      clock.fail = true;
      int status = get(CLIENT, server, token, "/workspaces/" + server.workspaceId());
      clock.fail = false;

      assertThat(status).isEqualTo(500);
      assertThat(get(CLIENT, server, token, "/workspaces/" + server.workspaceId())).isEqualTo(200);
    }
  }

  @Test
  void aStrayInterruptOfTheServerThreadDoesNotSwallowTheAnswer() throws IOException {
    TrickClock clock = new TrickClock();
    try (FakeAirbyteServer server = FakeAirbyteServer.builder().clock(clock).build()) {
      String token = server.issueToken();
      clock.interrupt = true;
      int first = get(CLIENT, server, token, "/workspaces/" + server.workspaceId());
      int second = get(CLIENT, server, token, "/workspaces/" + server.workspaceId());
      clock.interrupt = false;

      assertThat(first).isEqualTo(200);
      assertThat(second).isEqualTo(200);
    }
  }

  @Test
  void aHugeClientSecretIsRefusedAndMaskedNotLeftUnanswered() throws IOException {
    try (FakeAirbyteServer server = FakeAirbyteServer.start()) {
      String secret = "s".repeat(50_000);
      Request mint =
          new Request.Builder()
              .url(server.apiRoot() + "/applications/token")
              .post(
                  RequestBody.create(
                      "{\"client_id\":\"" + server.clientId() + "\",\"client_secret\":\"" + secret + "\"}",
                      MediaType.get("application/json")))
              .build();
      try (Response response = CLIENT.newCall(mint).execute()) {
        assertThat(response.code()).isEqualTo(401);
      }

      assertThat(server.requests().last().orElseThrow().body()).doesNotContain("sss").contains("**********");
    }
  }

  @Test
  void keepAliveConnectionsStayServedAcrossResetsAndFaults() throws IOException {
    try (FakeAirbyteServer server = FakeAirbyteServer.start()) {
      OkHttpClient pooled = CLIENT.newBuilder().build();
      String token = server.issueToken();
      String tokenBody =
          "{\"client_id\":\"" + server.clientId() + "\",\"client_secret\":\"" + server.clientSecret() + "\"}";
      List<String> timeouts = new ArrayList<>();
      for (int round = 0; round < 40; round++) {
        server.reset();
        switch (round % 5) {
          case 0:
            server.faults().on("GET /api/public/v1/workspaces/*").dropConnection();
            break;
          case 1:
            server.faults().on("GET /api/public/v1/workspaces/*").delay(Duration.ofMillis(20));
            break;
          case 2:
            server.faults().on("GET /api/public/v1/workspaces/*").respond(503);
            break;
          case 3:
            server.faults().on("GET /api/public/v1/workspaces/*").dropConnectionAfterHandling();
            break;
          default:
            break;
        }
        Request mint =
            new Request.Builder()
                .url(server.apiRoot() + "/applications/token")
                .post(RequestBody.create(tokenBody, MediaType.get("application/json")))
                .build();
        try (Response response = pooled.newCall(mint).execute()) {
          assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        } catch (SocketTimeoutException e) {
          timeouts.add("round " + round + ": token");
        }
        for (int call = 0; call < 3; call++) {
          try {
            get(pooled, server, token, "/workspaces/" + server.workspaceId());
          } catch (SocketTimeoutException e) {
            timeouts.add("round " + round + ": call " + call);
          } catch (IOException expectedForDrops) {
            // A dropped connection is the armed fault doing its job.
          }
        }
      }

      assertThat(timeouts).isEmpty();
      assertThat(server.requests().tokensMinted()).isEqualTo(1);
    }
  }
}
