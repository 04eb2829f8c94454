package io.github.airbytekit.connections.internal;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteAuthException;
import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.AirbyteRateLimitException;
import io.github.airbytekit.connections.AirbyteResponseException;
import io.github.airbytekit.connections.RetryPolicy;
import io.github.airbytekit.connections.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token lifetime handling, with a controlled clock and exact token responses. */
class ClientCredentialsTokenSourceTest {
  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock();
  private ClientCredentialsTokenSource tokens;

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    String root = server.url("/api/public/v1").toString();
    StatusRecorder statuses = new StatusRecorder();
    RetryPolicy fast = RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(statuses)
        .addInterceptor(new RetryInterceptor(fast, pause -> { }, clock, AirbyteEventListener.NONE)).build();
    tokens = new ClientCredentialsTokenSource(new Gateway(statuses),
        PublicApiServices.create(root, client).applications(), "my-id", Secret.of("my-secret"), clock,
        AirbyteEventListener.NONE);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private void enqueueToken(String body) {
    server.enqueue(new MockResponse().setResponseCode(200).addHeader("Content-Type", "application/json").setBody(body)
        );
  }

  @Test
  void theTokenRequestIsJsonWithTheGrantType() throws Exception {
    enqueueToken("{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":900}");

    assertThat(tokens.token()).isEqualTo("t1");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/public/v1/applications/token");
    assertThat(request.getBody().snapshot().utf8())
        .isEqualTo("{\"client_id\":\"my-id\",\"client_secret\":\"my-secret\",\"grant_type\":\"client_credentials\"}");
  }

  @Test
  void aTokenIsReusedUntilShortlyBeforeItExpires() {
    enqueueToken("{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    enqueueToken("{\"access_token\":\"t2\",\"token_type\":\"Bearer\",\"expires_in\":900}");

    assertThat(tokens.token()).isEqualTo("t1");
    clock.now = clock.now.plus(Duration.ofSeconds(839));
    assertThat(tokens.token()).isEqualTo("t1");
    clock.now = clock.now.plus(Duration.ofSeconds(1)); // 60 s before expiry
    assertThat(tokens.token()).isEqualTo("t2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTokenWithoutLifetimeIsKeptUntilRejected() {
    enqueueToken("{\"access_token\":\"t1\"}");
    enqueueToken("{\"access_token\":\"t2\"}");

    assertThat(tokens.token()).isEqualTo("t1");
    clock.now = clock.now.plus(Duration.ofDays(1));
    assertThat(tokens.token()).isEqualTo("t1");
    tokens.invalidate("stale-other-token");
    assertThat(tokens.token()).isEqualTo("t1");
    tokens.invalidate("t1");
    assertThat(tokens.token()).isEqualTo("t2");
  }

  @Test
  void anUnexpectedTokenTypeIsAnUnusableAnswerNotAnAuthError() {
    enqueueToken("{\"access_token\":\"t1\",\"token_type\":\"MAC\",\"expires_in\":900}");

    assertThatThrownBy(tokens::token)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.operation()).isEqualTo("createAccessToken");
          assertThat(e.property()).isEqualTo("token_type");
        })
        .hasMessageEndingWith(": unexpected token_type MAC")
        .hasMessageNotContaining("t1");
  }

  @Test
  void anAnswerWithoutAccessTokenNamesThePropertyAndTheOperation() {
    enqueueToken("{\"token_type\":\"Bearer\",\"expires_in\":900}");

    assertThatThrownBy(tokens::token)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.property()).isEqualTo("access_token");
          assertThat(e.jsonPath()).isEqualTo("$.access_token");
          assertThat(e.endpoint()).isEqualTo("POST /applications/token");
          assertThat(e.statusCode()).isEqualTo(200);
        });
  }

  @Test
  void aTokenEndpointThatKeepsFailingIsReportedAsWhatItIsAfterTheRetries() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(429));
    }

    assertThatThrownBy(tokens::token)
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503))
        .isNotInstanceOf(AirbyteAuthException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThatThrownBy(tokens::token).isInstanceOf(AirbyteRateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void aServiceUnavailableTokenEndpointIsRetried() {
    server.enqueue(new MockResponse().setResponseCode(503));
    enqueueToken("{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":900}");

    assertThat(tokens.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnusableAnswerWithItsRealStatus() {
    server.enqueue(new MockResponse().setResponseCode(201).addHeader("Content-Type", "application/json")
        .setBody("<html>maintenance</html>"));

    assertThatThrownBy(tokens::token)
        .isInstanceOfSatisfying(AirbyteResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(201);
          assertThat(e.property()).isNull();
        })
        .hasMessageContaining("not the expected JSON");
  }

  @Test
  void aRefusedTokenRequestIsAnAuthErrorWithTheProblemTitle() {
    server.enqueue(new MockResponse().setResponseCode(403).addHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\":\"x\",\"title\":\"forbidden\",\"status\":403,\"detail\":\"client my-secret unknown\"}"));

    assertThatThrownBy(tokens::token)
        .isInstanceOfSatisfying(AirbyteAuthException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.problemTitle()).isEqualTo("forbidden");
        })
        .hasMessageNotContaining("my-secret");
  }
}
