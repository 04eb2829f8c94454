package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.POST_JOBS;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SyncTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String GET_JOB_1 = "GET /api/public/v1/jobs/1";

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "nightly");
    connection = Fixtures.workspace(server).getConnection(CONNECTION_ID);
  }

  @Test
  void runSyncWaitsUsingTheCreateResponseAsFirstObservation() {
    SyncResult result = connection.runSync();

    assertThat(result.jobId()).isEqualTo(1);
    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(result.isComplete()).isTrue();
    assertThat(result.recordsSynced()).isEqualTo(1000);
    assertThat(result.bytesSynced()).isEqualTo(1048576);
    // POST answers pending; the first GET (after a pause, not right away) says running, the second succeeded.
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, GET_JOB_1, GET_JOB_1);
    assertThat(server.requests().matching(POST_JOBS).first().orElseThrow().body())
        .isEqualTo("{\"connectionId\":\"" + CONNECTION_ID + "\",\"jobType\":\"sync\"}");
  }

  @Test
  void runSyncWithoutWaitingIsOnePost() {
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS);
    assertThat(result.toString()).isEqualTo("SyncResult{connectionId=" + CONNECTION_ID + ", jobId=1, status=pending}");
    assertThat(result.jobType()).isEqualTo(JobType.SYNC);
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS);
  }

  @Test
  void aFailedSyncThrowsSyncFailedExceptionWithTheJobUrl() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);

    assertThatThrownBy(connection::runSync)
        .isInstanceOfSatisfying(SyncFailedException.class, e -> {
          assertThat(e.jobId()).isEqualTo(1);
          assertThat(e.status()).isEqualTo(JobStatus.FAILED);
          assertThat(e.connectionId()).isEqualTo(CONNECTION_ID);
          assertThat(e.jobUrl()).isEqualTo(connection.jobHistoryUrl() + "#1::0");
        })
        .hasMessage("Sync job 1 of connection " + CONNECTION_ID + " ended with status failed. Logs: "
            + connection.jobHistoryUrl() + "#1::0");
  }

  @Test
  void waitForCompletionReturnsAFailureUnlessAskedToRaise() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.CANCELLED);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.waitForCompletion()).isEqualTo(JobStatus.CANCELLED);
    assertThat(result.status().isFailure()).isTrue();
  }

  @Test
  void aTimeoutThrowsAndLeavesTheJobRunning() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);

    assertThatThrownBy(() -> connection.runSync(Duration.ofMillis(100)))
        .isInstanceOfSatisfying(SyncTimeoutException.class, e -> {
          assertThat(e.status()).isEqualTo(JobStatus.RUNNING);
          assertThat(e.timeout()).isEqualTo(Duration.ofMillis(100));
          assertThat(e.cancelled()).isFalse();
        })
        .hasMessageContaining("did not finish within PT0.1S (last status running); it is still running.");
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.RUNNING);
  }

  @Test
  void aStoppedClockStillTimesOutOnceThePausesAddUpToTheTimeout() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    VirtualTime time = VirtualTime.startingNow();
    CloudConnection frozen = Fixtures.builder(server, time).clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)).build()
        .getConnection(CONNECTION_ID);

    // Only a guard: without the pause budget the wait would never end.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> frozen.runSync(Duration.ofMillis(200)))
            .isInstanceOfSatisfying(SyncTimeoutException.class,
                e -> assertThat(e.status()).isEqualTo(JobStatus.RUNNING)));
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void cancelOnTimeoutCancelsTheJob() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);

    assertThatThrownBy(() -> connection.runSync(SyncOptions.builder()
            .waitOptions(WaitOptions.builder().timeout(Duration.ofMillis(50)).cancelOnTimeout(true).build()).build()))
        .isInstanceOfSatisfying(SyncTimeoutException.class, e -> assertThat(e.cancelled()).isTrue());
    assertThat(server.jobs().get(1).orElseThrow().status()).isEqualTo(FakeJobStatus.CANCELLED);
    assertThat(lines(server)).contains("DELETE /api/public/v1/jobs/1");
  }

  @Test
  void aZeroTimeoutChecksOnceWithoutRaisingWhenAskedNotTo() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.waitForCompletion(Duration.ZERO, true, false)).isEqualTo(JobStatus.PENDING);
    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").count()).isZero();
  }

  @Test
  void aSnapshotOfARunningJobIsExactlyOneGet() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    JobSnapshot snapshot = result.snapshot();

    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").count()).isEqualTo(1);
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, GET_JOB_1);
    assertThat(snapshot.getJobId()).isEqualTo(1);
    assertThat(snapshot.getStatus()).isEqualTo(JobStatus.RUNNING);
    assertThat(snapshot.isComplete()).isFalse();
    assertThat(snapshot.getJobType()).isEqualTo(JobType.SYNC);
    assertThat(snapshot.getJobUrl()).isEqualTo(result.jobUrl());
    assertThat(snapshot.getStartTime()).isNotNull();
  }

  @Test
  void aSnapshotOfAFinalJobNeedsNoRequest() {
    SyncResult result = connection.runSync();
    long gets = server.requests().matching("GET /api/public/v1/jobs/*").count();

    JobSnapshot snapshot = result.snapshot();

    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").count()).isEqualTo(gets);
    assertThat(snapshot.getStatus()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(snapshot.isComplete()).isTrue();
    assertThat(snapshot.getRecordsSynced()).isEqualTo(1000);
    assertThat(snapshot.getBytesSynced()).isEqualTo(1048576);
    assertThat(snapshot.getStartTime()).isEqualTo(result.startTime());
    assertThat(snapshot.getDuration()).isEqualTo(result.duration());
  }

  @Test
  void progressIsReportedForEveryObservation() {
    List<SyncProgress> seen = new ArrayList<>();

    connection.runSync(SyncOptions.builder()
        .waitOptions(WaitOptions.builder().raiseOnFailure(true).progressListener(seen::add).build()).build());

    assertThat(seen).extracting(SyncProgress::getStatus)
        .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.SUCCEEDED);
    assertThat(seen.get(2).getRecordsSynced()).isEqualTo(1000);
    assertThat(seen.get(2).getBytesSynced()).isEqualTo(1048576);
    assertThat(seen.get(2).getElapsed()).isPositive();
  }

  @Test
  void aSecondSyncWhileOneRunsCarriesTheRunningJob() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThatThrownBy(connection::runSync)
        .isInstanceOfSatisfying(SyncAlreadyRunningException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(409);
          assertThat(e.runningJob()).hasValueSatisfying(job -> assertThat(job.jobId()).isEqualTo(1));
        })
        .hasMessage("A sync is already running for connection " + CONNECTION_ID
            + " (job 1); wait for it to finish instead of starting another.");
    assertThat(server.requests().matching(POST_JOBS).count()).isEqualTo(2);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
  }

  @Test
  void twoServiceUnavailableResponsesWhilePollingStillSucceed() {
    server.faults().on("GET /api/public/v1/jobs/*").times(2).respond(503);

    SyncResult result = connection.runSync();

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").count()).isEqualTo(4);
  }

  @Test
  void aServiceUnavailableOnPostJobsNeverCreatesTwoJobs() {
    server.faults().on(POST_JOBS).times(1).respond(503);

    SyncResult result = connection.runSync();

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    // The lost POST is followed by a look at the job list before the one retry.
    assertThat(lines(server)).startsWith(TOKEN, GET_CONNECTION, POST_JOBS, LIST_JOBS, POST_JOBS);
  }

  @Test
  void aDroppedCreateResponseIsRetriedOnlyAfterCheckingTheJobList() {
    server.faults().on(POST_JOBS).times(1).dropConnection();

    SyncResult result = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(result.jobId()).isEqualTo(server.jobs().of(CONNECTION_ID).get(0).id());
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, LIST_JOBS, POST_JOBS);
    assertThat(server.requests().matching(LIST_JOBS).first().orElseThrow().query().get("jobType"))
        .containsExactly("sync");
  }

  /**
   * A client that completes the connection's open job right before each job-list request, so the recovery lookup
   * sees the job the lost POST created as already finished: no helper thread, no race.
   */
  private static OkHttpClient finishingOpenJobsBeforeEachLookup(FakeAirbyteServer fake) {
    return new OkHttpClient.Builder().addInterceptor(chain -> {
      Request request = chain.request();
      if (request.method().equals("GET") && request.url().encodedPath().equals("/api/public/v1/jobs")) {
        fake.jobs().openJob(CONNECTION_ID).ifPresent(job -> fake.jobs().complete(job.id()));
      }
      return chain.proceed(request);
    }).build();
  }

  @Test
  void aFinishedJobWhoseCreateResponseWasLostIsAdoptedNotStartedAgain() {
    server.faults().on(POST_JOBS).times(1).dropConnectionAfterHandling();
    CloudConnection finishing = Fixtures.builder(server).okHttpClient(finishingOpenJobsBeforeEachLookup(server))
        .build().getConnection(CONNECTION_ID);

    SyncResult result = finishing.runSync(SyncOptions.builder().waitForCompletion(false).build());

    // Airbyte's startTime has whole seconds, the request time milliseconds: the same second still counts.
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(result.jobId()).isEqualTo(server.jobs().of(CONNECTION_ID).get(0).id());
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, LIST_JOBS);
    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aFinishedJobThatLooksOlderThanTheRequestIsNotAdoptedEvenIfThisClockIsAhead() {
    // One timeline for both sides: Airbyte stamps the job at T, this client believes it asked at T + 90 s. There
    // is no skew allowance (it turned an older sync into a false success): the retry starts a sync that runs.
    VirtualTime time = VirtualTime.startingNow();
    try (FakeAirbyteServer airbyte = FakeAirbyteServer.builder().clock(time.clock()).build()) {
      Fixtures.seedConnection(airbyte, "nightly");
      airbyte.faults().on(POST_JOBS).times(1).dropConnectionAfterHandling();
      CloudConnection ahead = Fixtures.builder(airbyte, time)
          .clock(Clock.offset(time.clock(), Duration.ofSeconds(90)))
          .okHttpClient(finishingOpenJobsBeforeEachLookup(airbyte))
          .build().getConnection(CONNECTION_ID);

      SyncResult result = ahead.runSync(SyncOptions.builder().waitForCompletion(false).build());

      assertThat(airbyte.jobs().of(CONNECTION_ID)).hasSize(2);
      assertThat(result.jobId()).isEqualTo(2);
      assertThat(airbyte.requests().matching(POST_JOBS).count()).isEqualTo(2);
    }
  }

  @Test
  void aJobThatFinishedBeforeTheRequestIsNotAdopted() {
    server.seed().job(CONNECTION_ID, FakeJobStatus.SUCCEEDED);
    long earlier = server.jobs().of(CONNECTION_ID).get(0).id();
    // Seen from a clock 10 minutes ahead, the seeded job started well before the request.
    CloudConnection ahead = Fixtures.builder(server).clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)))
        .build().getConnection(CONNECTION_ID);
    server.faults().on(POST_JOBS).times(1).dropConnection(); // never reached Airbyte

    SyncResult result = ahead.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(result.jobId()).isNotEqualTo(earlier);
    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(2);
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, LIST_JOBS, POST_JOBS);
  }

  @Test
  void aJobNewerThanEveryJobOfTheFirstLookupIsAdoptedWhateverTheClocks() {
    // The clock is so far ahead that startTime alone would reject the job; its id proves it is ours.
    CloudConnection ahead = Fixtures.builder(server).clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))
        .okHttpClient(finishingOpenJobsBeforeEachLookup(server)).build().getConnection(CONNECTION_ID);
    server.faults().on(POST_JOBS).times(1).dropConnection();
    server.faults().on(POST_JOBS).times(1).dropConnectionAfterHandling();

    SyncResult result = ahead.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThat(server.jobs().of(CONNECTION_ID)).hasSize(1);
    assertThat(result.jobId()).isEqualTo(server.jobs().of(CONNECTION_ID).get(0).id());
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, POST_JOBS, LIST_JOBS, POST_JOBS, LIST_JOBS);
    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aPostJobsThatKeepsFailingReportsTheLastFailureAfterTheRetryBudget() {
    server.faults().on(POST_JOBS).times(10).respond(503);

    assertThatThrownBy(connection::runSync)
        .isInstanceOfSatisfying(AirbyteApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(server.requests().matching(POST_JOBS).count()).isEqualTo(4);
    assertThat(server.jobs().of(CONNECTION_ID)).isEmpty();
  }

  @Test
  void aLongWaitOutlivesItsTokenAndRefreshesItOnce() {
    // Client and fake share virtual time: 3 s of polling every 200 ms with a 2 s token, in no real time at all.
    VirtualTime time = VirtualTime.startingNow();
    try (FakeAirbyteServer shortLived = FakeAirbyteServer.builder().tokenLifetime(Duration.ofSeconds(2))
        .clock(time.clock()).build()) {
      Fixtures.seedConnection(shortLived, "slow");
      shortLived.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
      CloudConnection slow = Fixtures.builder(shortLived, time)
          .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(200)).maxInterval(Duration.ofMillis(200))
              .build())
          .build().getConnection(CONNECTION_ID);
      SyncResult result = slow.runSync(SyncOptions.builder().waitForCompletion(false).build());
      time.at(Duration.ofSeconds(3), () -> shortLived.jobs().complete(result.jobId()));

      assertThat(result.waitForCompletion(Duration.ofSeconds(20), true, true)).isEqualTo(JobStatus.SUCCEEDED);

      // Exactly one proactive refresh (at 1.8 s, before the 2 s expiry), and no request was refused.
      assertThat(time.slept()).isEqualTo(Duration.ofSeconds(3));
      assertThat(shortLived.requests().tokensMinted()).isEqualTo(2);
      assertThat(shortLived.requests().all()).allSatisfy(call -> assertThat(call.responseStatus()).isNotEqualTo(401));
    }
  }
}
