package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobHistoryTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "history");
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  private void seedJobs(int count) {
    for (int i = 0; i < count; i++) {
      server.seed().job(CONNECTION_ID, FakeJobStatus.SUCCEEDED);
    }
  }

  private List<String> pages() {
    return server.requests().matching(LIST_JOBS).all().stream()
        .map(c -> c.queryParameter("limit") + "@" + c.queryParameter("offset"))
        .collect(Collectors.toList());
  }

  @Test
  void limit150IsFetchedAsPagesOf100And50() { // §9.3 A17
    seedJobs(150);

    List<SyncResult> jobs = connection.getPreviousSyncLogs(JobQuery.builder().limit(150).newestFirst(false).build());

    assertThat(jobs).extracting(SyncResult::jobId).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, 150).boxed().collect(Collectors.toList()));
    assertThat(pages()).containsExactly("100@0", "50@100");
  }

  @Test
  void allJobsFromAnOffsetStopAtTheShortPage() { // §9.3 A18
    seedJobs(135);

    List<SyncResult> jobs = connection.getPreviousSyncLogs(
        JobQuery.builder().limit(Integer.MAX_VALUE).offset(10).build());

    assertThat(jobs).hasSize(125);
    assertThat(pages()).containsExactly("100@10", "100@110");
  }

  @Test
  void theQueryCarriesWorkspaceConnectionOrderAndType() {
    seedJobs(1);

    connection.getPreviousSyncLogs(JobQuery.builder().jobType(JobType.REFRESH).build());

    RecordedCall call = server.requests().matching(LIST_JOBS).first().orElseThrow();
    assertThat(call.queryParameter("workspaceIds")).isEqualTo(server.workspaceId());
    assertThat(call.queryParameter("connectionId")).isEqualTo(CONNECTION_ID);
    assertThat(call.queryParameter("orderBy")).isEqualTo("createdAt|DESC");
    assertThat(call.queryParameter("jobType")).isEqualTo("refresh");
    assertThat(call.queryParameter("limit")).isEqualTo("20");
  }

  @Test
  void withoutAJobTypeAirbyteChoosesWhichTypesToList() {
    seedJobs(1);

    connection.getPreviousSyncLogs();

    // Current Airbyte then lists sync, reset, refresh and clear jobs; v2.0.0 and older only sync and reset.
    assertThat(server.requests().matching(LIST_JOBS).first().orElseThrow().queryParameter("jobType")).isNull();
  }

  @Test
  void aLimitBelowOneIsRejectedBeforeAnyRequest() { // §9.3 A15–A16
    assertThatThrownBy(() -> connection.getPreviousSyncLogs(0))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid JobQuery: limit must be greater than 0, was 0.");
    assertThatThrownBy(() -> connection.getPreviousSyncLogs(-1)).isInstanceOf(AirbyteInputException.class);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void listedResultsCarryTheirJobWithoutFurtherRequests() {
    seedJobs(3);

    List<SyncResult> jobs = connection.getPreviousSyncLogs();

    assertThat(jobs).extracting(SyncResult::jobId).containsExactly(3L, 2L, 1L);
    assertThat(jobs.get(0).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(jobs.get(0).recordsSynced()).isEqualTo(1000);
    assertThat(jobs.get(0).startTime()).isBefore(Instant.now().plusSeconds(1));
    assertThat(jobs.get(0).duration()).isNotNull();
    assertThat(lines(server)).containsExactly(TOKEN, LIST_JOBS);
  }

  @Test
  void getSyncResultIsTheNewestJobOrEmpty() {
    assertThat(connection.getSyncResult()).isEmpty();
    seedJobs(2);

    assertThat(connection.getSyncResult()).hasValueSatisfying(r -> assertThat(r.jobId()).isEqualTo(2));
    assertThat(pages()).containsExactly("1@0", "1@0");
  }

  @Test
  void getSyncResultByIdIsLazyAndChecksTheConnection() {
    seedJobs(1);
    server.seed().connection(Fixtures.OTHER_CONNECTION_ID).job(Fixtures.OTHER_CONNECTION_ID, FakeJobStatus.FAILED);
    int before = server.requests().count();

    SyncResult mine = connection.getSyncResult(1);
    SyncResult foreign = connection.getSyncResult(2);
    assertThat(server.requests().count()).isEqualTo(before);

    assertThat(mine.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThatThrownBy(foreign::status)
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Job 2 belongs to connection " + Fixtures.OTHER_CONNECTION_ID + ", not " + CONNECTION_ID + ".");
  }

  @Test
  void attemptsAndLogsComeFromConfigJobsGetOnceTheJobIsFinal() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
    assertThat(result.waitForCompletion(Duration.ofSeconds(10), false, true)).isEqualTo(JobStatus.FAILED);

    List<SyncAttempt> attempts = result.attempts();
    assertThat(result.attempts()).isSameAs(attempts); // final: cached
    assertThat(attempts).isNotEmpty();
    assertThat(attempts.get(0).attemptNumber()).isZero();
    assertThat(attempts.get(0).createdAt()).isNotNull();
    assertThat(attempts.get(0).fullLogText()).isNotEmpty();
    assertThat(result.fullLogText()).startsWith("=== attempt 0 (");
    assertThat(server.requests().matching("POST /api/v1/jobs/get").count()).isEqualTo(1);
    assertThat(server.requests().matching("POST /api/v1/jobs/get").first().orElseThrow().body())
        .isEqualTo("{\"id\":" + result.jobId() + "}");
  }

  @Test
  void cancelStopsARunningJob() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.cancel()).isEqualTo(JobStatus.CANCELLED);
    assertThat(result.cancel()).isEqualTo(JobStatus.CANCELLED);
    assertThat(server.requests().matching("DELETE /api/public/v1/jobs/*").count()).isEqualTo(1);
  }

  @Test
  void jobUrlPointsAtTheJobInTheTimeline() {
    assertThat(connection.getSyncResult(7).jobUrl()).isEqualTo(connection.jobHistoryUrl() + "#7::0");
    assertThat(server.requests().count()).isZero();
  }
}
