package io.github.airbytekit.testkit;

import static io.github.airbytekit.testkit.FakeJobStatus.QUEUED;
import static io.github.airbytekit.testkit.FakeJobStatus.RUNNING;
import static io.github.airbytekit.testkit.FakeJobStatus.SUCCEEDED;
import static io.github.airbytekit.testkit.support.TestClients.ok;
import static io.github.airbytekit.testkit.support.TestClients.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ConformsToOpenApi.class)
class JobsTest {
  static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";
  static final String OTHER = "1c4e0a1d-2b3c-4d5e-8f90-a1b2c3d4e5f6";

  @RegisterExtension static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create();

  FakeAirbyteServer server;
  PublicApiServices api;
  ConfigApiServices config;

  @BeforeEach
  void setUp() {
    server = airbyte.server();
    server.seed().connection(CONNECTION, c -> c.name("orders")).connection(OTHER);
    api = TestClients.publicApi(server);
    config = TestClients.configApi(server);
  }

  private JobResponse startSync(String connectionId) {
    return ok(api.jobs().createJob(new JobCreateRequest().connectionId(UUID.fromString(connectionId)).jobType(JobTypeEnum.SYNC)));
  }

  private JobResponse poll(long jobId) {
    return ok(api.jobs().getJob(jobId));
  }

  @Test
  void startingASyncCreatesAPendingJob() {
    JobResponse job = startSync(CONNECTION);

    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.PENDING);
    assertThat(job.getJobType()).isEqualTo(JobTypeEnum.SYNC);
    assertThat(job.getConnectionId()).isEqualTo(UUID.fromString(CONNECTION));
    assertThat(job.getBytesSynced()).isNull();
    assertThat(server.requests().syncsTriggeredFor(CONNECTION)).isEqualTo(1);
  }

  @Test
  void aSecondSyncWhileOneIsOpenGets409ButAResetCancelsTheOpenJobAsAirbyteDoes() {
    JobResponse first = startSync(CONNECTION);

    retrofit2.Response<JobResponse> second =
        run(api.jobs().createJob(new JobCreateRequest().connectionId(UUID.fromString(CONNECTION)).jobType(JobTypeEnum.SYNC)));

    assertThat(second.code()).isEqualTo(409);
    assertThat(TestClients.errorBody(second)).contains("\"status\":409").contains("\"type\":");
    assertThat(server.requests().syncsTriggeredFor(CONNECTION)).isEqualTo(1);
    assertThat(startSync(OTHER).getStatus()).isEqualTo(JobStatusEnum.PENDING);

    retrofit2.Response<JobResponse> reset =
        run(api.jobs().createJob(new JobCreateRequest().connectionId(UUID.fromString(CONNECTION)).jobType(JobTypeEnum.RESET)));
    assertThat(reset.code()).isEqualTo(200);
    assertThat(server.jobs().get(first.getJobId()).orElseThrow().status()).isEqualTo(FakeJobStatus.CANCELLED);
  }

  @Test
  void defaultScriptRunsOnFirstPollAndSucceedsOnSecondWithCounters() {
    long id = startSync(CONNECTION).getJobId();

    assertThat(poll(id).getStatus()).isEqualTo(JobStatusEnum.RUNNING);
    JobResponse done = poll(id);
    assertThat(done.getStatus()).isEqualTo(JobStatusEnum.SUCCEEDED);
    assertThat(done.getBytesSynced()).isEqualTo(1_048_576L);
    assertThat(done.getRowsSynced()).isEqualTo(1_000L);
    assertThat(done.getDuration()).startsWith("PT");
    assertThat(poll(id).getStatus()).isEqualTo(JobStatusEnum.SUCCEEDED);
    assertThat(startSync(CONNECTION).getStatus()).isEqualTo(JobStatusEnum.PENDING);
  }

  @Test
  void scriptAdvancesOneStepPerPollAndTheLastStepSticks() {
    server.jobs().script(CONNECTION, QUEUED, RUNNING, RUNNING, SUCCEEDED);
    long id = startSync(CONNECTION).getJobId();

    List<String> seen =
        List.of(poll(id), poll(id), poll(id), poll(id), poll(id)).stream()
            .map(job -> job.getStatus().wireValue())
            .collect(Collectors.toList());

    assertThat(seen).containsExactly("queued", "running", "running", "succeeded", "succeeded");
  }

  @Test
  void seededScriptAppliesToEveryNewJob() {
    server.seed().connection(CONNECTION, c -> c.jobScript(RUNNING));
    long id = startSync(CONNECTION).getJobId();

    assertThat(poll(id).getStatus()).isEqualTo(JobStatusEnum.RUNNING);
    assertThat(poll(id).getStatus()).isEqualTo(JobStatusEnum.RUNNING);
    assertThat(server.jobs().openJob(CONNECTION)).map(FakeJob::id).contains(id);
  }

  @Test
  void testCanCompleteOrFailJobsExplicitly() {
    server.jobs().script(CONNECTION, RUNNING);
    long first = startSync(CONNECTION).getJobId();
    poll(first);
    FakeJob completed = server.jobs().complete(first, 2048, 12);
    assertThat(completed.status()).isEqualTo(SUCCEEDED);
    assertThat(poll(first).getRowsSynced()).isEqualTo(12L);

    long second = startSync(CONNECTION).getJobId();
    server.jobs().fail(second, "Source timed out");
    JobResponse failed = poll(second);
    assertThat(failed.getStatus()).isEqualTo(JobStatusEnum.FAILED);
    assertThat(failed.getRowsSynced()).isZero();

    JobInfoRead info = ok(config.jobs().getJobInfo(new JobIdRequestBody().id(second)));
    assertThat(info.getJob().getStatus().wireValue()).isEqualTo("failed");
    assertThat(info.getAttempts()).hasSize(1);
    assertThat(info.getAttempts().get(0).getAttempt().getStatus().wireValue()).isEqualTo("failed");
    assertThat(info.getAttempts().get(0).getLogs().getLogLines()).anyMatch(line -> line.contains("Source timed out"));
    assertThat(info.getAttempts().get(0).getAttempt().getFailureSummary().getFailures().get(0).getExternalMessage())
        .isEqualTo("Source timed out");

    assertThatThrownBy(() -> server.jobs().complete(second)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void attemptLogsComeAsStructuredEventsWhenTheTestAsksForThem() {
    server.jobs().script(CONNECTION, RUNNING);
    long id = startSync(CONNECTION).getJobId();
    poll(id);
    server.jobs().fail(id, "Source timed out");

    AttemptInfoRead lines = ok(config.jobs().getJobInfo(new JobIdRequestBody().id(id))).getAttempts().get(0);
    server.jobs().structuredLogs(CONNECTION, true);
    AttemptInfoRead events = ok(config.jobs().getJobInfo(new JobIdRequestBody().id(id))).getAttempts().get(0);

    assertThat(lines.getLogType().wireValue()).isEqualTo("formatted");
    assertThat(lines.getLogs().isStructured()).isFalse();
    assertThat(events.getLogType().wireValue()).isEqualTo("structured");
    assertThat(events.getLogs().isStructured()).isTrue();
    assertThat(events.getLogs().getLogLines()).isNull();
    assertThat(events.getLogs().getVersion()).isNotBlank();
    // The same entries in both shapes: "<instant> <source> > <message>" per event.
    assertThat(events.getLogs().getEvents())
        .extracting(e -> Instant.ofEpochMilli(e.getTimestamp()) + " " + e.getLogSource().wireValue() + " > " + e.getMessage())
        .containsExactlyElementsOf(lines.getLogs().getLogLines());
    assertThat(events.getLogs().getEvents())
        .filteredOn(e -> e.getMessage().equals("Source timed out"))
        .extracting(e -> e.getLevel().wireValue() + "/" + e.getLogSource().wireValue())
        .containsExactly("error/platform");

    server.jobs().structuredLogs(CONNECTION, false);
    assertThat(ok(config.jobs().getJobInfo(new JobIdRequestBody().id(id))).getAttempts().get(0).getLogs().getLogLines())
        .isEqualTo(lines.getLogs().getLogLines());
    server.reset();
    assertThatThrownBy(() -> server.jobs().structuredLogs(CONNECTION, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void incompleteStartsANewAttempt() {
    server.jobs().script(CONNECTION, RUNNING, FakeJobStatus.INCOMPLETE, RUNNING, SUCCEEDED);
    long id = startSync(CONNECTION).getJobId();
    for (int i = 0; i < 4; i++) {
      poll(id);
    }

    JobInfoRead info = ok(config.jobs().getJobInfo(new JobIdRequestBody().id(id)));
    assertThat(info.getAttempts()).extracting(a -> a.getAttempt().getStatus().wireValue()).containsExactly("failed", "succeeded");
    assertThat(info.getAttempts().get(1).getAttempt().getRecordsSynced()).isEqualTo(1_000L);
  }

  @Test
  void deleteCancelsAnOpenJobAndRefusesAFinishedOne() {
    long id = startSync(CONNECTION).getJobId();
    poll(id);

    JobResponse cancelled = ok(api.jobs().cancelJob(id));
    assertThat(cancelled.getStatus()).isEqualTo(JobStatusEnum.CANCELLED);
    assertThat(poll(id).getStatus()).isEqualTo(JobStatusEnum.CANCELLED);
    assertThat(run(api.jobs().cancelJob(id)).code()).isEqualTo(409);
    assertThat(run(api.jobs().cancelJob(999L)).code()).isEqualTo(404);
    assertThat(run(api.jobs().getJob(999L)).code()).isEqualTo(404);
  }

  @Test
  void unknownConnectionOrBadJobTypeIsRefused() {
    assertThat(run(api.jobs().createJob(new JobCreateRequest().connectionId(UUID.randomUUID()).jobType(JobTypeEnum.SYNC))).code())
        .isEqualTo(404);
    assertThat(TestClients.raw(server, "POST", server.apiRoot() + "/jobs", "{\"connectionId\":\"" + CONNECTION + "\",\"jobType\":\"explode\"}").status)
        .isEqualTo(400);
    assertThat(TestClients.raw(server, "POST", server.apiRoot() + "/jobs", "{\"connectionId\":\"" + CONNECTION + "\"}").status)
        .isEqualTo(400);
  }

  private JobsResponse list(String connectionId, Integer limit, Integer offset, JobTypeEnum jobType, String orderBy) {
    return ok(
        api.jobs()
            .listJobs(
                connectionId == null ? null : UUID.fromString(connectionId),
                limit, offset, jobType, null, null, null, null, null, null, orderBy));
  }

  @Test
  void listingFiltersByConnectionAndDefaultsToEveryJobTypeLikeLatestAirbyte() {
    server.seed()
        .job(CONNECTION, "sync", SUCCEEDED)
        .job(CONNECTION, "reset", SUCCEEDED)
        .job(CONNECTION, "refresh", SUCCEEDED)
        .job(CONNECTION, "clear", SUCCEEDED)
        .job(OTHER, "sync", SUCCEEDED);

    assertThat(list(CONNECTION, null, null, null, null).getData()).extracting(job -> job.getJobType().wireValue())
        .containsExactly("clear", "refresh", "reset", "sync");
    assertThat(list(CONNECTION, null, null, JobTypeEnum.REFRESH, null).getData()).hasSize(1);
    assertThat(list(null, null, null, null, null).getData()).hasSize(5);
  }

  @Test
  void theOpenJobIsFoundAmongManyFinishedOnesAndGoesAwayWhenItEnds() {
    for (int i = 0; i < 2_000; i++) {
      server.seed().job(i % 2 == 0 ? CONNECTION : OTHER, SUCCEEDED);
    }
    server.seed().job(CONNECTION, RUNNING);

    FakeJob open = server.jobs().openJob(CONNECTION).orElseThrow();
    assertThat(open.id()).isEqualTo(2_001);
    assertThat(server.jobs().openJob(OTHER)).isEmpty();
    server.jobs().complete(open.id());
    assertThat(server.jobs().openJob(CONNECTION)).isEmpty();
  }

  @Test
  void listingOrdersAndPagesWithNextLinks() {
    for (int i = 0; i < 5; i++) {
      server.seed().job(CONNECTION, SUCCEEDED);
    }

    JobsResponse asc = list(CONNECTION, 2, 0, null, "createdAt|ASC");
    assertThat(asc.getData()).extracting(JobResponse::getJobId).containsExactly(1L, 2L);
    assertThat(asc.getNext()).contains("offset=2").contains("limit=2").startsWith(server.apiRoot());
    assertThat(asc.getPrevious()).isNull();

    JobsResponse last = list(CONNECTION, 2, 4, null, "createdAt|ASC");
    assertThat(last.getData()).extracting(JobResponse::getJobId).containsExactly(5L);
    assertThat(last.getNext()).isNull();
    assertThat(last.getPrevious()).contains("offset=2");

    assertThat(list(CONNECTION, 100, 0, null, "createdAt|DESC").getData()).extracting(JobResponse::getJobId)
        .containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(list(CONNECTION, 100, 10, null, null).getData()).isEmpty();
  }

  @Test
  void listingRejectsOutOfRangeLimitsAndBadOrder() {
    String base = server.apiRoot() + "/jobs?connectionId=" + CONNECTION;
    assertThat(TestClients.raw(server, "GET", base + "&limit=0", null).status).isEqualTo(400);
    assertThat(TestClients.raw(server, "GET", base + "&limit=101", null).status).isEqualTo(400);
    assertThat(TestClients.raw(server, "GET", base + "&limit=100", null).status).isEqualTo(200);
    assertThat(TestClients.raw(server, "GET", base + "&offset=-1", null).status).isEqualTo(400);
    assertThat(TestClients.raw(server, "GET", base + "&orderBy=name|ASC", null).status).isEqualTo(400);
    assertThat(TestClients.raw(server, "GET", base + "&orderBy=createdAt", null).status).isEqualTo(400);
  }

  @Test
  void awaitOpenJobSeesSyncsStartedElsewhere() {
    Thread starter = new Thread(() -> startSync(CONNECTION));
    starter.start();

    FakeJob job = server.jobs().awaitOpenJob(CONNECTION, java.time.Duration.ofSeconds(5));

    assertThat(job.status()).isEqualTo(FakeJobStatus.PENDING);
    assertThatThrownBy(() -> server.jobs().awaitOpenJob(OTHER, java.time.Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(OTHER);
  }
}
