package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeJobStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code connection reset|clear|refresh}: start the job, wait as {@code sync run} does, print it with its streams. */
class ConnectionJobCommandTest extends FakeAirbyte {
  private static final List<String> JOB_FIELDS = List.of("jobId", "status", "jobType", "startTime", "duration",
      "bytesSynced", "recordsSynced", "jobUrl", "streams", "failures");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> streams(Map<String, Object> job) {
    return (List<Map<String, Object>>) job.get("streams");
  }

  @Test
  void resetOfOneStreamPrintsTheJobWithThatStreamAndClearsOnlyItsState() {
    CliRun run = run("connection", "reset", STREAM_CONN, "--stream", "charges");

    assertThat(run.exitCode).as(run.err).isZero();
    Map<String, Object> job = object(run.out);
    assertThat(job.keySet()).containsExactlyElementsOf(JOB_FIELDS);
    assertThat(job).containsEntry("jobType", "reset").containsEntry("status", "succeeded")
        .containsEntry("failures", List.of());
    assertThat(streams(job)).extracting(s -> s.get("name")).containsExactly("charges");
    assertThat(run.err).contains("reset job");
    assertThat(server.requests().matching("POST /api/v1/connections/reset/stream").count()).isEqualTo(1);
    assertThat(run("state", "get", STREAM_CONN, "charges").exitCode).isEqualTo(4);
    assertThat(run("state", "get", STREAM_CONN, "customers").exitCode).isZero();
  }

  @Test
  void clearWithoutStreamsClearsTheWholeConnectionWithAResetJobAsAirbyteRunsIt() {
    CliRun run = run("connection", "clear", STREAM_CONN);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("jobType", "reset");
    assertThat(server.requests().matching("POST /api/public/v1/jobs").first().orElseThrow().body())
        .contains("\"jobType\":\"clear\"");
    assertThat(run("state", "get", STREAM_CONN, "customers").exitCode).isEqualTo(4);
  }

  @Test
  void refreshWithMergeSendsMerge() {
    CliRun run = run("connection", "refresh", STREAM_CONN, "--stream", "customers", "--merge");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("jobType", "refresh");
    assertThat(server.requests().matching("POST /api/v1/connections/refresh").first().orElseThrow().body())
        .contains("\"refreshMode\":\"Merge\"").contains("\"streamName\":\"customers\"");
  }

  @Test
  void anUnknownStreamExitsFourAndStartsNothing() {
    CliRun run = run("connection", "reset", STREAM_CONN, "--stream", "no_such_stream");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).contains("no stream 'no_such_stream'");
    assertThat(writes()).isEmpty();
  }

  @Test
  void noWaitReturnsTheStartedJob() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);

    CliRun run = run("connection", "clear", STREAM_CONN, "--stream", "charges", "--no-wait");

    assertThat(run.exitCode).isZero();
    assertThat(object(run.out).get("status")).isIn("pending", "running");
    assertThat(run.err).contains("started reset job"); // Airbyte runs a clear as a reset job
  }

  @Test
  void aFailedResetExitsOneAndPrintsWhy() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.FAILED);

    CliRun run = run("connection", "reset", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> failures = (List<Map<String, Object>>) object(run.out).get("failures");
    assertThat(failures).singleElement().satisfies(f -> assertThat(f).containsEntry("origin", "source")
        .containsEntry("type", "system_error").containsEntry("message", "Sync failed"));
  }

  @Test
  void aResetWhileASyncRunsCancelsTheSyncAndRunsAsAirbyteDoes() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    CliRun sync = run("sync", "run", STREAM_CONN, "--no-wait");
    assertThat(sync.exitCode).as(sync.err).isZero();
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);

    CliRun run = run("connection", "reset", STREAM_CONN, "--stream", "charges");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("jobType", "reset").containsEntry("status", "succeeded");
    String syncJob = String.valueOf(((Number) object(sync.out).get("jobId")).longValue());
    assertThat(object(run("sync", "status", STREAM_CONN, syncJob).out)).containsEntry("status", "cancelled");
  }

  @Test
  void aRefreshWhileASyncRunsExitsFiveAndStartsNothingAsAirbyteDoes() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    assertThat(run("sync", "run", STREAM_CONN, "--no-wait").exitCode).isZero();
    int jobs = server.jobs().of(STREAM_CONN).size();

    CliRun run = run("connection", "refresh", STREAM_CONN, "--stream", "charges");

    assertThat(run.exitCode).as(run.err).isEqualTo(5);
    assertThat(server.jobs().of(STREAM_CONN)).hasSize(jobs);
  }

  @Test
  void aTimeoutExitsSix() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);

    assertThat(run("connection", "refresh", STREAM_CONN, "--timeout", "1s").exitCode).isEqualTo(6);
  }

  @Test
  void syncStatusPrintsEachStreamsRecordsAndBytes() {
    assertThat(run("sync", "run", STREAM_CONN).exitCode).isZero();

    Map<String, Object> job = object(run("sync", "status", STREAM_CONN).out);

    assertThat(job.keySet()).containsExactlyElementsOf(JOB_FIELDS);
    assertThat(streams(job)).isNotEmpty().allSatisfy(s -> assertThat(s.keySet()).containsExactly("stream", "name",
        "namespace", "recordsEmitted", "bytesEmitted", "recordsCommitted", "bytesCommitted"));
  }
}
