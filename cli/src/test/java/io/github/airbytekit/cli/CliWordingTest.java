package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.testkit.FakeJobStatus;
import org.junit.jupiter.api.Test;

/** Errors speak the command line: flags and environment variables, never Java methods. */
class CliWordingTest extends FakeAirbyte {
  private static final String JAVA_WORDS = "(?s).*(\\w+\\([^)]*\\)|safeMode|Builder|\\.builder).*";

  @Test
  void noCredentialsNameTheFlagsAndVariables() {
    CliRun run = CliRun.with().env("AIRBYTE_API_ROOT", server.apiRoot()).run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.strip()).isEqualTo("error: no Airbyte credentials: pass --client-id and --client-secret (or"
        + " set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET), or --bearer-token (AIRBYTE_BEARER_TOKEN); or try any"
        + " command with --fake");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void halfOfTheClientCredentialsNamesTheMissingFlag() {
    CliRun run = CliRun.with().env("AIRBYTE_API_ROOT", server.apiRoot()).run("--client-id", "me", "state", "dump",
        STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: --client-id needs --client-secret (or AIRBYTE_CLIENT_SECRET)");
  }

  @Test
  void aRefusedDeleteNamesForce() {
    CliRun run = run("connection", "delete", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("or pass --force.").doesNotMatch(JAVA_WORDS);
  }

  @Test
  void anUnderivableConfigApiRootNamesTheFlag() {
    // The library's own message (reached only through a Config API call), rewritten as the cli prints it.
    String library;
    try (CloudWorkspace workspace = CloudWorkspace.builder().workspaceId("w").bearerToken(Secret.of("t"))
        .apiRoot("http://127.0.0.1:1/v9").build()) {
      library = catchThrowableOfType(() -> workspace.getConnection(STREAM_CONN).dumpRawConnectionState(),
          AirbyteInputException.class).getMessage();
    }

    assertThat(CliWording.of(library)).contains("Pass --config-api-url (or set AIRBYTE_CONFIG_API_ROOT).")
        .doesNotMatch(JAVA_WORDS);
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun run = run("stat", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.strip()).startsWith("error: unknown command 'stat': did you mean state").endsWith(
        "(see 'airbytekit --help')");
    assertThat(run("state", "dupm", STREAM_CONN).err).startsWith("error: unknown command 'dupm': did you mean dump?");
  }

  @Test
  void aGlobalOptionAfterTheCommandSaysWhereItGoes() {
    CliRun run = run("state", "dump", STREAM_CONN, "--api-url", server.apiRoot());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.strip()).isEqualTo("error: '--api-url' is a global option: put it before the command, as in"
        + " 'airbytekit --api-url … state dump …'");
    assertThat(run("sync", "run", "--fake", STREAM_CONN).err).startsWith("error: '--fake' is a global option");
  }

  @Test
  void noUsageErrorSaysErrorTwice() {
    for (String[] args : new String[][] {
        {"sync", "run"}, {"sync", "run", STREAM_CONN, "--timeout"}, {"state"}, {"sync", "logs", STREAM_CONN},
        {"--bogus"}, {"sync", "wait", "not-a-number"}}) {
      CliRun run = run(args);
      assertThat(run.exitCode).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err.toLowerCase(java.util.Locale.ROOT)).as(String.join(" ", args))
          .startsWith("error: ").doesNotContain("error: error");
    }
  }

  @Test
  void waitForAJobStartedWithoutWaiting() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
    String jobId = String.valueOf(((Number) object(run("sync", "run", STREAM_CONN, "--no-wait").out).get("jobId"))
        .longValue());

    CliRun run = run("sync", "wait", jobId);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("status", "succeeded");
    assertThat(run.err).contains("sync job " + jobId + " succeeded");
  }

  @Test
  void waitTimesOutWithExitSix() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    String jobId = String.valueOf(((Number) object(run("sync", "run", STREAM_CONN, "--no-wait").out).get("jobId"))
        .longValue());

    CliRun run = run("sync", "wait", jobId, "--timeout", "1s");

    assertThat(run.exitCode).isEqualTo(6);
    assertThat(object(run.out)).containsEntry("status", "running");
  }

  @Test
  void cancelCancelsARunningJob() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    String jobId = String.valueOf(((Number) object(run("sync", "run", STREAM_CONN, "--no-wait").out).get("jobId"))
        .longValue());

    CliRun run = run("sync", "cancel", jobId);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("status", "cancelled");
    assertThat(server.requests().matching("DELETE /api/public/v1/jobs/" + jobId).count()).isEqualTo(1);
  }

  @Test
  void aSyncAlreadyRunningSaysHowToWaitForIt() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    String jobId = String.valueOf(((Number) object(run("sync", "run", STREAM_CONN, "--no-wait").out).get("jobId"))
        .longValue());

    CliRun run = run("sync", "run", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(5);
    assertThat(run.err.strip()).endsWith("To wait for it: airbytekit sync wait " + jobId);
  }

  @Test
  void waitingForAnUnknownJobExitsFour() {
    CliRun run = run("sync", "wait", "987654");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).startsWith("error: ");
  }
}
