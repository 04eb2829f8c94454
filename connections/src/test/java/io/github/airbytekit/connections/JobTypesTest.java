package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static io.github.airbytekit.connections.StateAndCatalogTest.entry;
import static io.github.airbytekit.connections.StateAndCatalogTest.streamState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reset, clear and refresh jobs, for the whole connection and for chosen streams, on the fake. */
class JobTypesTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String RESET_STREAM = "POST /api/v1/connections/reset/stream";
  private static final String CLEAR_STREAM = "POST /api/v1/connections/clear/stream";
  private static final String REFRESH = "POST /api/v1/connections/refresh";
  private static final StreamId USERS = StreamId.of("users", "public");

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    server.seed()
        .source(Fixtures.SOURCE_ID, "Postgres", "postgres")
        .destination(Fixtures.DESTINATION_ID, "BigQuery", "bigquery")
        .connection(CONNECTION_ID, c -> c.name("jobs").syncCatalog(Fixtures.catalog()).state(streamState(
            entry("users", "public", RawJson.of("{\"cursor\":1}")),
            entry("orders", "public", RawJson.of("{\"cursor\":2}")))));
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  private List<String> streamsWithState() {
    return connection.dumpRawConnectionState().streams().stream().map(s -> s.getStreamDescriptor().getName())
        .collect(Collectors.toList());
  }

  @Test
  void resetOfTheWholeConnectionIsPostJobsWithJobTypeResetAndLeavesNoState() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.RESET).build());

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(result.jobType()).isEqualTo(JobType.RESET);
    assertThat(server.requests().matching(POST_JOBS).first().orElseThrow().body())
        .isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"jobType\":\"reset\"}");
    assertThat(connection.dumpRawConnectionState().getStateType()).isEqualTo(StateType.NOT_SET);
    assertThat(server.requests().syncsTriggeredFor(CONNECTION_ID)).isZero();
  }

  @Test
  void aClearOfTheWholeConnectionIsPostJobsWithJobTypeClearAndRunsAsAResetAsAirbyteDoes() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.CLEAR).build());

    assertThat(result.jobType()).isEqualTo(JobType.RESET); // JobsController: a clear is JobService.reset
    assertThat(server.requests().matching(POST_JOBS).first().orElseThrow().body()).contains("\"jobType\":\"clear\"");
    assertThat(connection.dumpRawConnectionState().getStateType()).isEqualTo(StateType.NOT_SET);
  }

  @Test
  void resetOfOneStreamUsesResetStreamAndClearsOnlyThatStreamsState() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS).build());

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(result.jobType()).isEqualTo(JobType.RESET);
    assertThat(server.requests().matching(RESET_STREAM).first().orElseThrow().body()).isEqualTo(
        "{\"connectionId\":\"" + CONNECTION_ID + "\",\"streams\":[{\"streamName\":\"users\",\"streamNamespace\":"
            + "\"public\"}]}");
    assertThat(server.requests().matching(POST_JOBS).count()).isZero();
    assertThat(streamsWithState()).containsExactly("orders");
  }

  @Test
  void aClearOfChosenStreamsIsSentToConnectionsClearStreamAndRunsAsAResetAsAirbyteDoes() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.CLEAR).addStreams(USERS).build());

    assertThat(result.jobType()).isEqualTo(JobType.RESET);
    assertThat(server.requests().matching(CLEAR_STREAM).first().orElseThrow().body()).isEqualTo(
        "{\"connectionId\":\"" + CONNECTION_ID + "\",\"streams\":[{\"streamName\":\"users\",\"streamNamespace\":"
            + "\"public\"}]}");
    assertThat(server.requests().matching(CLEAR_STREAM).count()).isEqualTo(1);
    assertThat(streamsWithState()).containsExactly("orders");
  }

  @Test
  void refreshOfEveryStreamSendsNoStreamsAndTruncatesByDefault() {
    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.REFRESH).build());

    assertThat(result.jobType()).isEqualTo(JobType.REFRESH);
    assertThat(server.requests().matching(REFRESH).first().orElseThrow().body())
        .isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"refreshMode\":\"Truncate\",\"streams\":[]}");
    assertThat(connection.dumpRawConnectionState().getStateType()).isEqualTo(StateType.NOT_SET);
  }

  @Test
  void refreshOfOneStreamWithMergeSendsMergeAndStartsOnlyThatStreamOver() {
    connection.runJob(JobRequest.builder().jobType(JobType.REFRESH).addStreams(USERS).mergeOnRefresh(true).build());

    assertThat(server.requests().matching(REFRESH).first().orElseThrow().body()).contains("\"refreshMode\":\"Merge\"");
    assertThat(streamsWithState()).containsExactly("orders");
  }

  @Test
  void aFailedClearKeepsTheStateAndThrowsLikeAFailedSync() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);

    assertThatThrownBy(() -> connection.runJob(JobRequest.builder().jobType(JobType.CLEAR).addStreams(USERS).build()))
        .isInstanceOf(SyncFailedException.class);
    assertThat(streamsWithState()).containsExactly("users", "orders");
  }

  @Test
  void aCancelledResetKeepsTheState() {
    SyncResult started = connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS)
        .syncOptions(SyncOptions.builder().waitForCompletion(false).build()).build());

    assertThat(started.cancel()).isEqualTo(JobStatus.CANCELLED);
    assertThat(streamsWithState()).containsExactly("users", "orders");
  }

  @Test
  void aResetWhileASyncRunsCancelsTheSyncAndStartsAsAirbyteDoes() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult sync = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);

    SyncResult reset = connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS).build());

    assertThat(reset.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(sync.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(streamsWithState()).containsExactly("orders");
  }

  @Test
  void aRefreshWhileASyncRunsStartsNoJobAndThrowsSyncAlreadyRunningWithTheSyncAsAirbyteDoes() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult sync = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThatThrownBy(() -> connection.runJob(JobRequest.builder().jobType(JobType.REFRESH).addStreams(USERS).build()))
        .isInstanceOfSatisfying(SyncAlreadyRunningException.class, e -> {
          assertThat(e.runningJob()).hasValueSatisfying(job -> assertThat(job.jobId()).isEqualTo(sync.jobId()));
          assertThat(e.getCause()).hasMessageContaining("answered HTTP 200 without a job")
              .hasMessageContaining("runs it as the connection's next job");
        });
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(server.requests().matching(REFRESH).count()).isEqualTo(1);
  }

  @Test
  void aRefreshAnsweredWithoutAJobWhileNothingRunsSaysWhyAirbyteStartedNone() {
    // What Airbyte answers when the destination does not support refreshes: 200, no job, nothing running.
    server.faults().on(REFRESH).times(1).respond(200);

    assertThatThrownBy(() -> connection.runJob(JobRequest.builder().jobType(JobType.REFRESH).build()))
        .isInstanceOf(AirbyteApiException.class)
        .isNotInstanceOf(SyncAlreadyRunningException.class)
        .hasMessageContaining("answered HTTP 200 without a job: Airbyte started no job for connection "
            + CONNECTION_ID + ". Either its destination does not support refreshes");
    assertThat(server.jobs().of(CONNECTION_ID)).isEmpty();
    assertThat(server.requests().matching(REFRESH).count()).isEqualTo(1);
  }

  @Test
  void aClearWhoseAnswerWasLostIsFoundInTheResetJobListWhereAirbyteListsIt() {
    server.faults().on(CLEAR_STREAM).times(1).dropConnectionAfterHandling();

    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.CLEAR).addStreams(USERS)
        .syncOptions(SyncOptions.builder().waitForCompletion(false).build()).build());

    assertThat(result.jobId()).isEqualTo(server.jobs().of(CONNECTION_ID).get(0).id());
    assertThat(server.requests().matching(CLEAR_STREAM).count()).isEqualTo(1);
    assertThat(server.requests().matching(Fixtures.LIST_JOBS).first().orElseThrow().queryParameter("jobType"))
        .isEqualTo("reset");
  }

  @Test
  void aSyncOfChosenStreamsIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> JobRequest.builder().addStreams(USERS).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid job request: streams: a sync runs for the whole connection; give no streams (or use "
            + "jobType refresh).");
    assertThatThrownBy(() -> JobRequest.builder().jobType(JobType.of("backfill")).build())
        .hasMessageContaining("jobType: 'backfill' is not a job type this library can start");
  }

  @Test
  void runJobAsyncCompletesWithTheFinishedJob() {
    SyncResult result = connection.runJobAsync(JobRequest.builder().jobType(JobType.CLEAR).addStreams(USERS).build())
        .join();

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(streamsWithState()).containsExactly("orders");
  }

  @Test
  void aStreamResetWhoseAnswerWasLostIsAdoptedFromTheResetJobListNotStartedAgain() {
    server.faults().on(RESET_STREAM).times(1).dropConnectionAfterHandling();

    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS)
        .syncOptions(SyncOptions.builder().waitForCompletion(false).build()).build());

    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(result.jobId()).isEqualTo(server.jobs().of(CONNECTION_ID).get(0).id());
    assertThat(server.requests().matching(RESET_STREAM).count()).isEqualTo(1);
    assertThat(server.requests().matching(Fixtures.LIST_JOBS).first().orElseThrow().queryParameter("jobType"))
        .isEqualTo("reset");
  }

  @Test
  void aServiceUnavailableOnAStreamClearIsRetriedAfterCheckingTheJobList() {
    server.faults().on(CLEAR_STREAM).times(1).respond(503);

    SyncResult result = connection.runJob(JobRequest.builder().jobType(JobType.CLEAR).addStreams(USERS).build());

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(server.requests().matching(CLEAR_STREAM).count()).isEqualTo(2);
  }

  @Test
  void aLegacyStateIsGoneAfterAStreamReset() {
    server.seed().connection(CONNECTION_ID, c -> c.name("jobs").syncCatalog(Fixtures.catalog()).state(
        ConnectionState.builder().stateType(StateType.LEGACY).connectionId(CONNECTION_ID)
            .state(RawJson.of("{\"opaque\":true}")).build()));

    connection.runJob(JobRequest.builder().jobType(JobType.RESET).addStreams(USERS).build());

    assertThat(connection.dumpRawConnectionState().getStateType()).isEqualTo(StateType.NOT_SET);
  }
}
