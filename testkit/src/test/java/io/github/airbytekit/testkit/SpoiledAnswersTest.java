package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faults that act after the fake handled a request (replaced or truncated bodies, stalled answers) and windows
 * of failures measured on the fake's clock. Raw HTTP on purpose: these answers do not match the OpenAPI documents.
 */
class SpoiledAnswersTest {
  private static final String JOBS = "POST /api/public/v1/jobs";

  private final AuthTest.MutableClock clock = new AuthTest.MutableClock();
  private FakeAirbyteServer server;
  private OkHttpClient client;

  @BeforeEach
  void setUp() {
    server = FakeAirbyteServer.builder().clock(clock).demoSeed().build();
    String token = server.issueToken();
    client = new OkHttpClient.Builder()
        .readTimeout(200, TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("Authorization", "Bearer " + token).build()))
        .build();
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private Response startSync() throws IOException {
    String body = "{\"connectionId\":\"" + DemoSeed.NEVER_SYNCED_CONNECTION_ID + "\",\"jobType\":\"sync\"}";
    return client.newCall(new Request.Builder().url(server.apiRoot() + "/jobs")
        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute();
  }

  private int jobsStarted() {
    return server.jobs().of(DemoSeed.NEVER_SYNCED_CONNECTION_ID).size();
  }

  @Test
  void aReplacedBodyKeepsTheStatusAndTheStateChange() throws IOException {
    server.faults().on(JOBS).replaceBodyAfterHandling("{\"jobId\":NaN}");

    try (Response response = startSync()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).isEqualTo("{\"jobId\":NaN}");
    }
    assertThat(jobsStarted()).isEqualTo(1);
    assertThat(server.requests().matching(JOBS).all()).extracting(RecordedCall::responseStatus).containsExactly(200);
  }

  @Test
  void aTruncatedBodyIsACompleteResponseThatEndsTooEarly() throws IOException {
    server.faults().on(JOBS).truncateBodyAfterHandling();
    server.faults().on(JOBS).truncateBodyAfterHandling(7);

    String half;
    try (Response response = startSync()) {
      assertThat(response.code()).isEqualTo(200);
      half = response.body().string();
    }
    assertThat(half).startsWith("{\"connectionId\":").doesNotEndWith("}");
    server.jobs().of(DemoSeed.NEVER_SYNCED_CONNECTION_ID).forEach(job -> server.jobs().cancel(job.id()));
    try (Response response = startSync()) {
      assertThat(response.body().string()).isEqualTo("{\"conne");
    }
    assertThat(jobsStarted()).isEqualTo(2);
    assertThat(server.requests().matching(JOBS).count()).isEqualTo(2);
  }

  @Test
  void aStallLongerThanTheReadTimeoutTimesOutARequestThatTookEffect() {
    server.faults().on(JOBS).stallAfterHandling(Duration.ofSeconds(30));

    assertThatThrownBy(this::startSync).isInstanceOf(InterruptedIOException.class);
    assertThat(jobsStarted()).isEqualTo(1);
    assertThat(server.requests().matching(JOBS).count()).isEqualTo(1);
    server.faults().clear(); // releases the held answer
  }

  @Test
  void aWindowFailsEveryMatchingRequestUntilItEndsOnTheFakesClock() throws IOException {
    server.faults().on(JOBS).during(Duration.ofSeconds(4)).respond(503);

    for (int i = 0; i < 3; i++) {
      try (Response response = startSync()) {
        assertThat(response.code()).isEqualTo(503);
      }
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(server.faults().armed()).isEqualTo(1);
    clock.advance(Duration.ofMillis(999));
    try (Response response = startSync()) {
      assertThat(response.code()).isEqualTo(503);
    }
    clock.advance(Duration.ofMillis(1));
    assertThat(server.faults().armed()).isZero();
    try (Response response = startSync()) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(jobsStarted()).isEqualTo(1);
    assertThat(server.requests().matching(JOBS).all()).extracting(RecordedCall::responseStatus)
        .containsExactly(503, 503, 503, 503, 200);
  }

  @Test
  void aWindowIsRefusedWhenNotPositive() {
    assertThatThrownBy(() -> server.faults().on(JOBS).during(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> server.faults().on(JOBS).truncateBodyAfterHandling(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
