package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.PATCH_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens, retries and error reporting, through real HTTP against the fake. */
class TransportTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "transport");
    workspace = Fixtures.workspace(server);
  }

  @Test
  void oneTokenServesBothApisForItsLifetime() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);

    connection.isEnabled();
    connection.dumpRawConnectionState();
    connection.isEnabled();
    workspace.getConnection(CONNECTION_ID).dumpRawState();

    assertThat(server.requests().tokensMinted()).isEqualTo(1);
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, STATE_GET, GET_CONNECTION, STATE_GET);
  }

  @Test
  void aRejectedTokenIsRefreshedOnceAndTheRequestRepeatedOnce() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);
    connection.isEnabled();
    server.expireTokens();

    connection.rename("renamed"); // a write: repeating after a 401 is safe, Airbyte did not act on it

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION, TOKEN, PATCH_CONNECTION);
    assertThat(connection.name()).isEqualTo("renamed");
  }

  @Test
  void concurrentFirstCallsShareOneTokenRequest() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return workspace.getConnection(CONNECTION_ID).isEnabled();
        }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requests().tokensMinted()).isEqualTo(1);
  }

  @Test
  void badClientCredentialsAreAnAuthErrorThatNeverShowsTheSecret() {
    CloudWorkspace wrong = Fixtures.builder(server).clientCredentials(server.clientId(), Secret.of("not-the-secret"))
        .build();

    assertThatThrownBy(() -> wrong.getConnection(CONNECTION_ID).name())
        .isInstanceOfSatisfying(AirbyteAuthException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.url()).endsWith("/api/public/v1/applications/token");
        })
        .hasMessageNotContaining("not-the-secret");
  }

  @Test
  void readsAreRetriedOnServiceUnavailable() {
    server.faults().on("GET /api/public/v1/connections/*").times(3).respond(503);

    assertThat(workspace.getConnection(CONNECTION_ID).name()).isEqualTo("transport");
    assertThat(server.requests().matching(GET_CONNECTION).count()).isEqualTo(4);
  }

  @Test
  void configReadsAreRetriedButWritesAreNot() {
    server.faults().on(STATE_GET).times(1).respond(502);
    server.faults().on(PATCH_CONNECTION).times(1).respond(503);
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);

    connection.dumpRawConnectionState();
    assertThatThrownBy(() -> connection.rename("x"))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

    assertThat(server.requests().matching(STATE_GET).count()).isEqualTo(2);
    assertThat(server.requests().matching(PATCH_CONNECTION).count()).isEqualTo(1);
  }

  @Test
  void retryAfterIsHonouredUpToTheLimit() {
    VirtualTime time = VirtualTime.startingNow();
    CloudWorkspace patient = Fixtures.builder(server, time).build();
    server.faults().on(GET_CONNECTION).times(1).tooManyRequests(Duration.ofSeconds(1));

    patient.getConnection(CONNECTION_ID).name();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));

    server.faults().on(GET_CONNECTION).times(1).tooManyRequests(Duration.ofSeconds(120));
    assertThatThrownBy(() -> patient.getConnection(CONNECTION_ID).name())
        .isInstanceOfSatisfying(AirbyteRateLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1)); // 120 s is over the limit: no wait at all
  }

  @Test
  void apiErrorsNameMethodUrlStatusAndProblemTitleOnly() {
    CloudConnection connection = workspace.getConnection(CONNECTION_ID);
    server.faults().on(PATCH_CONNECTION).times(1).respond(500);

    assertThatThrownBy(() -> connection.rename("x"))
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> {
          assertThat(e.method()).isEqualTo("PATCH");
          assertThat(e.url()).isEqualTo(server.apiRoot() + "/connections/" + CONNECTION_ID);
        })
        .hasMessageStartingWith("PATCH " + server.apiRoot() + "/connections/" + CONNECTION_ID + " failed with HTTP 500")
        .hasMessageNotContaining("Bearer")
        .hasMessageNotContaining(server.clientSecret());
  }

  @Test
  void aDroppedReadIsRetried() {
    server.faults().on(GET_CONNECTION).times(1).dropConnection();

    assertThat(workspace.getConnection(CONNECTION_ID).name()).isEqualTo("transport");
    assertThat(server.requests().matching(GET_CONNECTION).count()).isEqualTo(2);
  }

  @Test
  void aSuppliedClientIsSharedButNeverChanged() {
    okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Team", "data").build()))
        .build();
    CloudWorkspace shared = Fixtures.builder(server).okHttpClient(mine).build();

    shared.getConnection(CONNECTION_ID).name();

    assertThat(server.requests().matching(GET_CONNECTION).first().orElseThrow().header("x-team")).isEqualTo("data");
    assertThat(server.requests().matching(GET_CONNECTION).first().orElseThrow().header("user-agent"))
        .startsWith("airbytekit-java/");
    assertThat(mine.interceptors()).hasSize(1);
    assertThat(mine.readTimeoutMillis()).isEqualTo(10_000);
  }

  @Test
  void theDefaultReadTimeoutLeavesRoomForASlowJobCreation() {
    assertThat(CloudWorkspace.DEFAULT_READ_TIMEOUT).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void anUnreachableServerIsATransportErrorAfterTheRetries() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CloudWorkspace nowhere = Fixtures.builder(server).apiRoot("http://127.0.0.1:" + port + "/api/public/v1").build();

    assertThatThrownBy(() -> nowhere.getConnection(CONNECTION_ID).name())
        .isInstanceOfSatisfying(AirbyteTransportException.class, e -> {
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.url()).isEqualTo("http://127.0.0.1:" + port + "/api/public/v1/applications/token");
        })
        .hasMessageNotContaining(server.clientSecret());
  }
}
