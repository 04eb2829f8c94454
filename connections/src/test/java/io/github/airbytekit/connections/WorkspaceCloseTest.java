package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CloudWorkspace#close()} releases what the workspace created and nothing the user passed in. */
class WorkspaceCloseTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  @Test
  void tryWithResourcesClosesAWorkspaceAfterUse() {
    FakeAirbyteServer server = AIRBYTE.server();
    Fixtures.seedConnection(server, "orders");
    try (CloudWorkspace workspace = Fixtures.workspace(server)) {
      assertThat(workspace.getConnection(Fixtures.CONNECTION_ID).name()).isEqualTo("orders");
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    CloudWorkspace workspace = Fixtures.workspace(AIRBYTE.server());

    workspace.close();

    assertThatCode(workspace::close).doesNotThrowAnyException();
  }

  @Test
  void aSuppliedClientKeepsWorkingAfterTheWorkspaceIsClosed() throws Exception {
    FakeAirbyteServer server = AIRBYTE.server();
    Fixtures.seedConnection(server, "orders");
    OkHttpClient mine = new OkHttpClient();
    try {
      CloudWorkspace workspace = Fixtures.builder(server).okHttpClient(mine).build();
      workspace.getConnection(Fixtures.CONNECTION_ID).name();

      workspace.close();

      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
      try (Response response = mine.newCall(new Request.Builder().url(server.apiRoot() + "/health").build())
          .execute()) {
        assertThat(response.code()).isLessThan(500);
      }
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }
}
