package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that echoes the request in its problem title (headers and body): no credential the library holds or
 * minted, nor anything that looks like one, reaches an exception's message or toString.
 */
class SecretsInMessagesTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "nightly");
  }

  private static void assertNoCredentialIn(Throwable e, String... secrets) {
    assertThat(e).isInstanceOf(AirbyteApiException.class);
    for (String text : new String[] {e.getMessage(), e.toString()}) {
      assertThat(text).contains("echo of").contains("****").doesNotContain(secrets)
          .doesNotContainPattern("(?i)bearer (?!\\*\\*\\*\\*)")
          .doesNotContainPattern("client_secret\"?+\\s*+[:=]\\s*+\"?+(?!\\*\\*\\*\\*)");
    }
  }

  @Test
  void anEchoedClientSecretIsMaskedInTheAuthException() {
    server.faults().on(TOKEN).respondEchoingTheRequest(401);

    Throwable e = catchThrowable(() -> Fixtures.workspace(server).getConnection(CONNECTION_ID).name());

    assertThat(e).isInstanceOf(AirbyteAuthException.class);
    assertNoCredentialIn(e, server.clientSecret());
    assertThat(server.requests().matching(TOKEN).count()).isEqualTo(1);
  }

  @Test
  void anEchoedMintedAccessTokenIsMasked() {
    CloudConnection connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
    connection.name(); // mints the token
    server.faults().on("PATCH /api/public/v1/connections/*").respondEchoingTheRequest(500);

    Throwable e = catchThrowable(() -> connection.rename("other"));

    assertNoCredentialIn(e, server.clientSecret());
    assertThat(server.requests().matching(GET_CONNECTION).count()).isEqualTo(1);
    assertThat(server.requests().matching("PATCH /api/public/v1/connections/" + CONNECTION_ID).count()).isEqualTo(1);
  }

  @Test
  void anEchoedBearerTokenIsMasked() {
    String token = server.issueToken();
    server.faults().on(GET_CONNECTION).respondEchoingTheRequest(500);

    Throwable e = catchThrowable(() -> CloudWorkspace.builder().workspaceId(server.workspaceId())
        .bearerToken(Secret.of(token)).apiRoot(server.apiRoot()).retryPolicy(RetryPolicy.none()).build()
        .getConnection(CONNECTION_ID).name());

    assertNoCredentialIn(e, token);
    assertThat(server.requests().matching(GET_CONNECTION).count()).isEqualTo(1);
  }
}
