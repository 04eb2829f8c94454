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
}
