package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A job reached by its id alone, as after {@code sync run --no-wait}. */
class JobLookupTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;
  private long jobId;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "orders");
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
    jobId = Fixtures.workspace(server).getConnection(CONNECTION_ID)
        .runSync(SyncOptions.builder().waitForCompletion(false).build()).jobId();
  }

  @Test
  void aWorkspaceFindsAJobsConnectionFromTheJob() {
    SyncResult job = Fixtures.workspace(server).getSyncResult(jobId);

    assertThat(job.connection().connectionId()).isEqualTo(CONNECTION_ID);
    assertThat(job.waitForCompletion()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aBuilderWithoutWorkspaceIdFindsTheJobsConnectionAndWorkspace() {
    SyncResult job = Fixtures.builder(server).buildForJob(jobId);

    assertThat(job.connection().workspaceId()).isEqualTo(server.workspaceId());
    assertThat(job.jobId()).isEqualTo(jobId);
    job.connection().workspace().close();
  }

  @Test
  void anUnknownJobIsNotFound() {
    assertThatThrownBy(() -> Fixtures.builder(server).buildForJob(987654))
        .isInstanceOf(AirbyteNotFoundException.class);
    assertThatThrownBy(() -> Fixtures.workspace(server).getSyncResult(987654))
        .isInstanceOf(AirbyteNotFoundException.class);
  }
}
