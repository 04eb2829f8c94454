package io.github.airbytekit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every consumer build runs: the testkit's JUnit 5 extension, a workspace on the consumer's OkHttp, a
 * connection read and a sync run against the fake. The OkHttp version on the class path is the one the build
 * expects ({@code consumer.okhttp}).
 */
@FakeAirbyteTest
class ReadAConnectionTest {
  private static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";

  @Test
  void theClassPathHasOneOkHttp() throws IOException {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertEquals(1, copies.size(), "okhttp3.OkHttpClient in " + copies);
  }

  @Test
  void aConnectionIsReadAndSyncedThroughTheConsumersOkHttp(FakeAirbyteServer server) {
    server.seed().connection(CONNECTION, c -> c.name("pg → bq"));
    server.jobs().script(CONNECTION, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
    CloudWorkspace workspace = CloudWorkspace.builder()
        .workspaceId(server.workspaceId())
        .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
        .apiRoot(server.apiRoot())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).build())
        .build();

    CloudConnection connection = workspace.getConnection(CONNECTION);
    SyncResult result = connection.runSync(Duration.ofMinutes(1));

    assertEquals("pg → bq", connection.name());
    assertTrue(result.recordsSynced() >= 0);
    assertEquals(1, server.requests().tokensMinted());
    String expected = System.getProperty("consumer.okhttp", "");
    assertTrue(okhttp3.OkHttp.VERSION.startsWith(expected),
        "OkHttp on the class path: " + okhttp3.OkHttp.VERSION + ", expected " + expected);
  }
}
