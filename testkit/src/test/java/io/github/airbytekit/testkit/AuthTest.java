package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.support.TestClients.ok;
import static io.github.airbytekit.testkit.support.TestClients.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.publicapi.model.AccessTokenRequest;
import io.github.airbytekit.client.publicapi.model.AccessTokenResponse;
import io.github.airbytekit.client.publicapi.model.GrantTypeEnum;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ConformsToOpenApi.class)
class AuthTest {
  private final MutableClock clock = new MutableClock();
  private final FakeAirbyteServer server =
      FakeAirbyteServer.builder().clock(clock).tokenLifetime(Duration.ofMinutes(3)).build();

  @AfterEach
  void close() {
    server.close();
  }

  private AccessTokenResponse token(String id, String secret) {
    PublicApiServices api = PublicApiServices.create(server.apiRoot(), TestClients.anonymous());
    return ok(
        api.applications()
            .createAccessToken(
                new AccessTokenRequest().clientId(id).clientSecret(secret).grantType(GrantTypeEnum.CLIENT_CREDENTIALS)));
  }

  @Test
  void jsonTokenRequestWithTheServersCredentialsGetsABearerTokenWithItsLifetime() {
    AccessTokenResponse token = token(server.clientId(), server.clientSecret());

    assertThat(token.getTokenType().wireValue()).isEqualTo("Bearer");
    assertThat(token.getExpiresIn()).isEqualTo(180L);
    assertThat(token.getAccessToken()).isNotBlank();
    assertThat(server.requests().tokensMinted()).isEqualTo(1);
  }

  @Test
  void formTokenRequestIsAcceptedToo() {
    RawResponse response =
        TestClients.raw(
            TestClients.anonymous(),
            "POST",
            server.apiRoot() + "/applications/token",
            "grant_type=client_credentials&client_id=" + server.clientId() + "&client_secret=" + server.clientSecret(),
            "application/x-www-form-urlencoded");

    assertThat(response.status).isEqualTo(200);
    assertThat(response.body).contains("\"token_type\":\"Bearer\"").contains("\"expires_in\":180");
  }

  @Test
  void jsonTokenRequestWithoutGrantTypeIsAcceptedLikeTheConfigApiHelperSendsIt() {
    RawResponse response =
        TestClients.raw(
            TestClients.anonymous(),
            "POST",
            server.apiRoot() + "/applications/token",
            "{\"client_id\":\"" + server.clientId() + "\",\"client_secret\":\"" + server.clientSecret() + "\"}",
            "application/json");

    assertThat(response.status).isEqualTo(200);
  }

  @Test
  void badCredentialsGet401AndMintNothing() {
    PublicApiServices api = PublicApiServices.create(server.apiRoot(), TestClients.anonymous());
    retrofit2.Response<AccessTokenResponse> response =
        run(api.applications().createAccessToken(new AccessTokenRequest().clientId(server.clientId()).clientSecret("wrong")));

    assertThat(response.code()).isEqualTo(401);
    assertThat(TestClients.errorBody(response)).contains("\"status\":401").contains("\"title\":\"unauthorized\"");
    assertThat(server.requests().tokensMinted()).isZero();
  }

  @Test
  void everyCallNeedsAKnownUnexpiredBearerToken() {
    String url = server.apiRoot() + "/workspaces/" + server.workspaceId();
    assertThat(TestClients.raw(TestClients.anonymous(), "GET", url, null, "application/json").status).isEqualTo(401);
    assertThat(TestClients.raw(TestClients.bearer("made-up"), "GET", url, null, "application/json").status).isEqualTo(401);

    String token = token(server.clientId(), server.clientSecret()).getAccessToken();
    assertThat(TestClients.raw(TestClients.bearer(token), "GET", url, null, "application/json").status).isEqualTo(200);
    assertThat(TestClients.raw(TestClients.bearer(token), "POST", server.configApiRoot() + "/state/get", "{}", "application/json").status)
        .isEqualTo(422);

    clock.advance(Duration.ofMinutes(3));
    RawResponse expired = TestClients.raw(TestClients.bearer(token), "GET", url, null, "application/json");
    assertThat(expired.status).isEqualTo(401);
    assertThat(expired.body).contains("expired");
    RawResponse expiredConfig =
        TestClients.raw(TestClients.bearer(token), "POST", server.configApiRoot() + "/state/get", "{}", "application/json");
    assertThat(expiredConfig.status).isEqualTo(401);
  }

  @Test
  void expireTokensInvalidatesIssuedTokens() {
    String token = server.issueToken();
    String url = server.apiRoot() + "/workspaces/" + server.workspaceId();
    server.expireTokens();

    assertThat(TestClients.raw(TestClients.bearer(token), "GET", url, null, "application/json").status).isEqualTo(401);
  }

  @Test
  void journalNeverShowsSecrets() {
    token(server.clientId(), server.clientSecret());
    String bearer = server.issueToken();
    TestClients.raw(TestClients.bearer(bearer), "GET", server.apiRoot() + "/workspaces/" + server.workspaceId(), null, "application/json");

    RecordedCall tokenCall = server.requests().matching("POST /api/public/v1/applications/token").last().orElseThrow();
    assertThat(tokenCall.body()).doesNotContain(server.clientSecret()).contains("**********");
    RecordedCall get = server.requests().matching("GET /api/public/v1/workspaces/*").last().orElseThrow();
    assertThat(get.header("Authorization")).isEqualTo("Bearer **********");
    assertThat(get.toString()).doesNotContain(bearer);
  }

  @Test
  void workspaceIsServed() {
    var workspace = ok(TestClients.publicApi(server).workspaces().getWorkspace(UUID.fromString(server.workspaceId())));
    assertThat(workspace.getName()).isEqualTo("Default Workspace");
    assertThat(run(TestClients.publicApi(server).workspaces().getWorkspace(UUID.randomUUID())).code()).isEqualTo(404);
  }

  /** A clock the test moves by hand. */
  static class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-15T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
