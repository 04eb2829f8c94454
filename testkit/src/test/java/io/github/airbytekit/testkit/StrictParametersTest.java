package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strict mode refuses public API id parameters that are not UUIDs as Airbyte's server does: a path id or
 * {@code GET /jobs}'s {@code connectionId} fails the role check (403), a {@code workspaceIds} item fails binding
 * (400). Without strict mode the fake looks the id up as it is.
 */
@ExtendWith(ConformsToOpenApi.class)
class StrictParametersTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension strict =
      FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed().strict(true));

  @RegisterExtension
  static final FakeAirbyteServerExtension lenient =
      FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed());

  private static RawResponse get(FakeAirbyteServer server, String path) {
    return TestClients.raw(server, "GET", server.apiRoot() + path, null);
  }

  @Test
  void aPathIdThatIsNotAUuidIs403AsAirbytesRoleCheckFindsNoWorkspaceForIt() {
    RawResponse response = get(strict.server(), "/connections/conn-1");

    assertThat(response.status).isEqualTo(403);
    assertThat(response.body).contains("Caller does not have the required permissions")
        .contains("connectionId is conn-1, which is not a UUID");
    assertThat(get(strict.server(), "/sources/src-1").status).isEqualTo(403);
    assertThat(get(strict.server(), "/workspaces/ws-1").status).isEqualTo(403);
  }

  @Test
  void aJobListConnectionIdThatIsNotAUuidIs403AndAWorkspaceIdsItemIs400AsAirbyteBindsThem() {
    assertThat(get(strict.server(), "/jobs?connectionId=conn-1").status).isEqualTo(403);

    RawResponse listed = get(strict.server(), "/connections?workspaceIds=ws-1");
    assertThat(listed.status).isEqualTo(400);
    assertThat(listed.body).contains("workspaceIds is ws-1, which is not a UUID");
  }

  @Test
  void aUuidPathIdAndAnIntegerJobIdPassTheCheck() {
    assertThat(get(strict.server(), "/connections/" + DemoSeed.STREAM_CONNECTION_ID).status).isEqualTo(200);
    assertThat(get(strict.server(), "/jobs/999999").status).isEqualTo(404);
  }

  @Test
  void withoutStrictModeANonUuidPathIdIsLookedUpAsItIs() {
    assertThat(get(lenient.server(), "/connections/conn-1").status).isEqualTo(404);
  }
}
