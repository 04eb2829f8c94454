package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI when Airbyte misbehaves (faults injected by the fake): truthful exit codes and messages. */
class MisbehavingAirbyteTest extends FakeAirbyte {
  private static final String STATE_WRITE = "POST /api/v1/state/create_or_update_safe";

  @TempDir Path dir;

  @Test
  void anUnreadableAnswerToAStateImportExitsEightAndSaysTheStateWasWritten() throws Exception {
    Path state = dir.resolve("state.json");
    Files.writeString(state, run("state", "dump", "--raw", STREAM_CONN).out);
    server.faults().on(STATE_WRITE).replaceBodyAfterHandling("{\"stateType\":\"stream\",\"n\":Infinity}");

    CliRun run = run("state", "import", NEW_CONN, state.toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(8);
    assertThat(run.err).contains("written; the answer could not be read");
    assertThat(server.requests().matching(STATE_WRITE).count()).isEqualTo(1);
    assertThat(run("state", "dump", NEW_CONN).out).isEqualTo(run("state", "dump", STREAM_CONN).out);
  }

  @Test
  void aTruncatedAnswerToAStateImportExitsEight() throws Exception {
    Path state = dir.resolve("state.json");
    Files.writeString(state, run("state", "dump", "--raw", STREAM_CONN).out);
    server.faults().on(STATE_WRITE).truncateBodyAfterHandling();

    CliRun run = run("state", "import", NEW_CONN, state.toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(8);
    assertThat(run.err).contains("written; the answer could not be read", "response is not JSON (truncated at byte ");
    assertThat(server.requests().matching(STATE_WRITE).count()).isEqualTo(1);
  }

  @Test
  void aTruncatedAnswerToAReadExitsThreeNotTwo() {
    server.faults().on("POST /api/v1/state/get").truncateBodyAfterHandling();

    CliRun run = run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).as(run.err).isEqualTo(3);
    assertThat(run.err).contains("response is not JSON (truncated at byte ").doesNotContain("EOFException");
  }

  @Test
  void anUnknownStateTypeIsRefusedLocallyWithItsPath() throws Exception {
    Path weird = dir.resolve("weird.json");
    Files.writeString(weird, "{\"stateType\":\"weird\",\"connectionId\":\"" + NEW_CONN + "\",\"x\":1}");

    CliRun imported = run("state", "import", NEW_CONN, weird.toString());
    CliRun converted = run("state", "convert", "--to", "config", weird.toString());

    assertThat(imported.exitCode).as(imported.err).isEqualTo(2);
    assertThat(imported.err).contains("$.stateType 'weird' is not global, stream, legacy or not_set");
    assertThat(converted.exitCode).as(converted.err).isEqualTo(2);
    assertThat(converted.err).contains("$.stateType 'weird'");
    assertThat(converted.out).isEmpty();
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void aCatalogNamingStreamsTheSourceLacksIsRefusedUnlessAllowed() throws Exception {
    String dumped = run("catalog", "dump", "--raw", STREAM_CONN).out;
    Path catalog = dir.resolve("catalog.json");
    Files.writeString(catalog, dumped.replaceFirst("\"name\"\\s*:\\s*\"([^\"]+)\"", "\"name\": \"no_such_stream\""));
    int before = server.requests().count();

    CliRun refused = run("catalog", "import", STREAM_CONN, catalog.toString());

    assertThat(refused.exitCode).as(refused.err).isEqualTo(2);
    assertThat(refused.err).contains("does not have: ", "no_such_stream", "--allow-unknown-streams");
    assertThat(writes()).isEmpty();
    assertThat(server.requests().count() - before).isLessThanOrEqualTo(3);

    CliRun allowed = run("catalog", "import", "--allow-unknown-streams", STREAM_CONN, catalog.toString());
    assertThat(allowed.exitCode).as(allowed.err).isZero();
    assertThat(writes()).containsExactly("POST /api/v1/web_backend/connections/update");
  }

  @Test
  void theReadTimeoutComesFromTheEnvironmentOrTheOption() {
    server.faults().on("POST /api/v1/state/get").stallAfterHandling(java.time.Duration.ofSeconds(60));

    CliRun fromEnv = cli().env("AIRBYTE_READ_TIMEOUT", "300ms").run("state", "dump", STREAM_CONN);

    assertThat(fromEnv.exitCode).as(fromEnv.err).isZero(); // the read timed out once and was retried
    assertThat(server.requests().matching("POST /api/v1/state/get").count()).isEqualTo(2);

    server.faults().on("POST /api/v1/state/get").stallAfterHandling(java.time.Duration.ofSeconds(60));
    CliRun fromOption = run("--read-timeout", "300ms", "state", "dump", STREAM_CONN);
    assertThat(fromOption.exitCode).as(fromOption.err).isZero();
    assertThat(server.requests().matching("POST /api/v1/state/get").count()).isEqualTo(4);
    assertThat(run("--read-timeout", "0s", "state", "dump", STREAM_CONN).exitCode).isEqualTo(2);
  }

  @Test
  void anEchoedRequestPrintsNoCredential() {
    server.faults().on("GET /api/public/v1/connections/*").respondEchoingTheRequest(500);

    CliRun run = run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).contains("echo of").doesNotContain(server.clientSecret())
        .doesNotContainPattern("(?i)bearer (?!\\*\\*\\*\\*)");
  }

  @Test
  void stateTenThousandLevelsDeepIsDumpedConvertedAndImported() throws Exception {
    int depth = 10_000;
    String blob = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    String state = "{\"stateType\":\"stream\",\"connectionId\":\"" + NEW_CONN + "\",\"streamState\":[{"
        + "\"streamDescriptor\":{\"name\":\"deep\"},\"streamState\":" + blob + "}]}";
    Path file = dir.resolve("deep.json");
    Files.writeString(file, state);

    CliRun imported = run("state", "import", NEW_CONN, file.toString());
    assertThat(imported.exitCode).as(imported.err).isZero();
    CliRun raw = run("state", "dump", "--raw", NEW_CONN);
    assertThat(raw.exitCode).as(raw.err).isZero();
    assertThat(raw.out.replaceAll("\\s", "")).isEqualTo(state);
    CliRun dump = run("state", "dump", NEW_CONN);
    assertThat(dump.exitCode).as(dump.err).isZero();
    assertThat(dump.out.replaceAll("\\s", "")).contains(blob);
    CliRun get = run("state", "get", NEW_CONN, "deep");
    assertThat(get.exitCode).as(get.err).isZero();
    assertThat(get.out.replaceAll("\\s", "")).isEqualTo(blob);
    CliRun converted = run("state", "convert", "--to", "protocol", file.toString());
    assertThat(converted.exitCode).as(converted.err).isZero();
    assertThat(converted.out.replaceAll("\\s", "")).contains(blob);
    assertThat(server.requests().matching(STATE_WRITE).count()).isEqualTo(1);
  }

  @Test
  void aSyncRunRidesOutAnOutageOfItsPolls() {
    // Real time here (the CLI's own clock and sleeper): a short outage, measured on the fake's clock.
    server.faults().on("GET /api/public/v1/jobs/*").during(java.time.Duration.ofSeconds(2)).respond(503);

    CliRun run = run("sync", "run", STREAM_CONN, "--timeout", "60s");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").all())
        .extracting(io.github.airbytekit.testkit.RecordedCall::responseStatus).contains(503, 200);
    assertThat(server.requests().matching("POST /api/public/v1/jobs").count()).isEqualTo(1);
  }
}
