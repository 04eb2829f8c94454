package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeJobStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncCommandTest extends FakeAirbyte {
  private static final List<String> HISTORY_FIELDS =
      List.of("jobId", "status", "jobType", "startTime", "duration", "bytesSynced", "recordsSynced", "jobUrl");
  /** run, wait and status add the job's per-stream results and failure reasons. */
  private static final List<String> JOB_FIELDS = List.of("jobId", "status", "jobType", "startTime", "duration",
      "bytesSynced", "recordsSynced", "jobUrl", "streams", "failures");

  @Test
  void runWaitsAndPrintsTheJobWithProgressOnStderr() {
    CliRun run = run("sync", "run", STREAM_CONN);

    assertThat(run.exitCode).as(run.err).isZero();
    Map<String, Object> job = object(run.out);
    assertThat(job.keySet()).containsExactlyElementsOf(JOB_FIELDS);
    assertThat(job).containsEntry("status", "succeeded").containsEntry("jobType", "sync")
        .containsEntry("recordsSynced", 1000.0);
    // One line per change when stderr is not a terminal.
    assertThat(run.err.lines()).anyMatch(l -> l.contains("running")).anyMatch(l -> l.contains("succeeded"));
    assertThat(run.err).doesNotContain("\r");
    assertThat(server.requests().syncsTriggeredFor(STREAM_CONN)).isEqualTo(1);
  }

  @Test
  void onATerminalProgressRedrawsInPlace() {
    CliRun run = cli().tty().run("sync", "run", STREAM_CONN);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).contains("\rjob ");
  }

  @Test
  void noWaitReturnsTheStartedJob() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);

    CliRun run = run("sync", "run", STREAM_CONN, "--no-wait");

    assertThat(run.exitCode).isZero();
    assertThat(object(run.out).get("status")).isIn("pending", "running");
    assertThat(run.err).contains("started sync job");
  }

  @Test
  void aFailedSyncExitsOneAndStillPrintsTheJob() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);

    CliRun run = run("sync", "run", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(object(run.out)).containsEntry("status", "failed");
    assertThat(run.err.lines()).filteredOn(l -> l.startsWith("error: ")).hasSize(1);
  }

  @Test
  void aCancelledSyncExitsOne() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.CANCELLED);

    assertThat(run("sync", "run", STREAM_CONN).exitCode).isEqualTo(1);
  }

  @Test
  void aTimeoutExitsSixAndLeavesTheJobRunning() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);

    CliRun run = run("sync", "run", STREAM_CONN, "--timeout", "1s");

    assertThat(run.exitCode).isEqualTo(6);
    assertThat(object(run.out)).containsEntry("status", "running");
    assertThat(server.requests().matching("DELETE /api/public/v1/jobs/*").count()).isZero();
  }

  @Test
  void cancelOnTimeoutCancelsTheJob() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);

    CliRun run = run("sync", "run", STREAM_CONN, "--timeout", "PT1S", "--cancel-on-timeout");

    assertThat(run.exitCode).isEqualTo(6);
    assertThat(server.requests().matching("DELETE /api/public/v1/jobs/*").count()).isEqualTo(1);
  }

  @Test
  void aSecondSyncWhileOneRunsExitsFive() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    assertThat(run("sync", "run", STREAM_CONN, "--no-wait").exitCode).isZero();

    CliRun run = run("sync", "run", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(5);
    assertThat(run.err).startsWith("error: ");
  }

  @Test
  void aBadDurationIsAUsageErrorAndNoSyncStarts() {
    CliRun run = run("sync", "run", STREAM_CONN, "--timeout", "5 minutes");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("90s, 5m, 1h");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void statusShowsTheNewestJobOrTheOneAskedFor() {
    CliRun newest = run("sync", "status", STREAM_CONN);
    CliRun first = run("sync", "status", STREAM_CONN, "1");

    assertThat(object(newest.out)).containsEntry("jobId", 2.0).containsEntry("status", "succeeded");
    assertThat(object(first.out)).containsEntry("jobId", 1.0);
  }

  @Test
  void statusOfAConnectionWithoutJobsExitsFour() {
    CliRun run = run("sync", "status", NEW_CONN);

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).startsWith("error: ").contains("no jobs");
  }

  @Test
  void aJobOfAnotherConnectionIsNotFound() {
    long otherJob = ((Number) map(array(run("sync", "history", GLOBAL_CONN).out).get(0)).get("jobId")).longValue();

    CliRun status = run("sync", "status", STREAM_CONN, Long.toString(otherJob));
    CliRun logs = run("sync", "logs", STREAM_CONN, Long.toString(otherJob));

    assertThat(status.exitCode).isEqualTo(4);
    assertThat(logs.exitCode).isEqualTo(4);
    assertThat(status.err).contains(GLOBAL_CONN);
  }

  @Test
  void statusOfAnUnknownJobExitsFour() {
    CliRun run = run("sync", "status", STREAM_CONN, "999");
    assertThat(run.exitCode).as(run.err).isEqualTo(4);
  }

  @Test
  void historyIsAnArrayOfJobsNewestFirst() {
    CliRun run = run("sync", "history", GLOBAL_CONN);

    assertThat(run.exitCode).isZero();
    List<Object> jobs = array(run.out);
    assertThat(jobs).hasSize(2);
    assertThat(jobs).allSatisfy(job -> assertThat(map(job).keySet()).containsExactlyElementsOf(HISTORY_FIELDS));
    assertThat(jobs).extracting(job -> map(job).get("status")).containsExactlyInAnyOrder("succeeded", "failed");
  }

  @Test
  void historyPagingOrderAndType() {
    List<Object> oldestFirst = array(run("sync", "history", STREAM_CONN, "--oldest-first").out);
    List<Object> limited = array(run("sync", "history", STREAM_CONN, "--limit", "1", "--offset", "1").out);
    List<Object> resets = array(run("sync", "history", STREAM_CONN, "--job-type", "reset").out);

    assertThat(oldestFirst).extracting(j -> map(j).get("jobId")).containsExactly(1.0, 2.0);
    assertThat(limited).extracting(j -> map(j).get("jobId")).containsExactly(1.0);
    assertThat(resets).isEmpty();
  }

  @Test
  void historyRejectsBadArgumentsBeforeAnyRequest() {
    assertThat(run("sync", "history", STREAM_CONN, "--job-type", "bogus").exitCode).isEqualTo(2);
    assertThat(run("sync", "history", STREAM_CONN, "--limit", "0").exitCode).isEqualTo(2);
    assertThat(run("sync", "history", STREAM_CONN, "--offset", "-1").exitCode).isEqualTo(2);
    assertThat(run("sync", "history", STREAM_CONN, "--limit", "ten").exitCode).isEqualTo(2);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void logsPrintEachAttemptWithItsText() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);
    long jobId = ((Number) object(run("sync", "run", STREAM_CONN).out).get("jobId")).longValue();

    CliRun run = run("sync", "logs", STREAM_CONN, Long.toString(jobId));

    assertThat(run.exitCode).as(run.err).isZero();
    Map<String, Object> logs = object(run.out);
    assertThat(logs).containsEntry("jobId", (double) jobId).containsEntry("status", "failed");
    assertThat(list(logs.get("attempts"))).isNotEmpty();
    assertThat(map(list(logs.get("attempts")).get(0)).keySet())
        .contains("attemptNumber", "status", "log");
  }
}
