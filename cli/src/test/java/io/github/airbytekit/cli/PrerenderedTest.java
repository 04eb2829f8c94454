package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrerenderedTest {
  @BeforeEach
  void picocliRendersPlainlyHere() {
    // Under a test runner stdout is not a console; a CLICOLOR_FORCE in the environment would make picocli colour.
    assumeThat(Prerendered.plainRendering()).isTrue();
  }

  @Test
  void everyAnswerIsByteForByteWhatPicocliPrintsNow() {
    List<String[]> invocations = PrerenderedGenerator.invocations();

    assertThat(invocations).hasSizeGreaterThan(50);
    for (String[] args : invocations) {
      Prerendered.Answer answer = Prerendered.find(args, Map.of());
      Prerendered.Answer live = PrerenderedGenerator.render(args);
      String what = String.join(" ", args);
      assertThat(answer).as("answer of '%s' in the resource built from these classes", what).isNotNull();
      assertThat(answer.exitCode).as(what).isEqualTo(live.exitCode);
      assertThat(answer.out).as(what).isEqualTo(live.out);
      assertThat(answer.err).as(what).isEqualTo(live.err);
    }
  }

  @Test
  void theRootHelpEveryCommandsHelpAndNoArgumentsAreAnswered() {
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of()).exitCode).isZero();
    assertThat(new String(Prerendered.find(new String[] {"state", "convert", "-h"}, Map.of()).out))
        .startsWith("Usage: airbytekit state convert");
    Prerendered.Answer none = Prerendered.find(new String[0], Map.of());
    assertThat(none.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(none.out).isEmpty();
    assertThat(none.err).isEqualTo("error: missing command (see 'airbytekit --help')\n");
  }

  @Test
  void otherArgumentsAndVersionAreLeftToPicocli() {
    assertThat(Prerendered.find(new String[] {"--version"}, Map.of())).isNull();
    assertThat(Prerendered.find(new String[] {"state", "convert", "--to", "protocol"}, Map.of())).isNull();
    assertThat(Prerendered.find(new String[] {"--fake", "--help"}, Map.of())).isNull();
    assertThat(Prerendered.find(new String[] {"nosuchcommand", "--help"}, Map.of())).isNull();
  }

  @Test
  void anEnvironmentDefaultPicocliRefusesLeavesTheErrorToPicocli() {
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of("AIRBYTE_READ_TIMEOUT", "soon"))).isNull();
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of("AIRBYTE_READ_TIMEOUT", "5m"))).isNotNull();

    CliRun run = CliRun.with().env("AIRBYTE_READ_TIMEOUT", "soon").run("--help");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).startsWith("error: Invalid value for option '--read-timeout'");
  }

  @Test
  void theErrorLineIsRedactedAsPicocliWouldDo() {
    CliRun run = CliRun.with().env("AIRBYTE_CLIENT_SECRET", "missing").run();

    assertThat(run.err).isEqualTo("error: **** command (see 'airbytekit --help')\n");
  }
}
