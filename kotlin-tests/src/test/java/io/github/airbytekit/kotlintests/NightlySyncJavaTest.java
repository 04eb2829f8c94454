package io.github.airbytekit.kotlintests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// readme:java-testkit start
class NightlySyncJavaTest {
  // static: one fake Airbyte for the class, reset before each test, closed by JUnit
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String CONNECTION_ID = "9924bcd0-99be-453d-ba47-c2c9766f7da5";

  @Test
  void theNightlySyncSurvivesAFlakyStatusPoll() {
    FakeAirbyteServer airbyte = AIRBYTE.server();
    airbyte.seed().connection(CONNECTION_ID, c -> c.name("nightly"));
    airbyte.faults().on("GET /api/public/v1/jobs/*").times(1).respond(503); // retried by the client
    CloudWorkspace workspace = CloudWorkspace.builder()
        .workspaceId(airbyte.workspaceId())
        .clientCredentials(airbyte.clientId(), Secret.of(airbyte.clientSecret()))
        .apiRoot(airbyte.apiRoot())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).build())
        .build();

    SyncResult result = workspace.getConnection(CONNECTION_ID).runSync();

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(AIRBYTE.server().requests().syncsTriggeredFor(CONNECTION_ID)).isEqualTo(1);
  }
}
// readme:java-testkit end
