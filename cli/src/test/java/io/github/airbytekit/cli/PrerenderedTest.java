package io.github.airbytekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
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
  void onAConsoleEveryAnswerIsWhatPicocliPrintsThereInColourOrWithout() {
    for (boolean colour : new boolean[] {true, false}) {
      for (String[] args : PrerenderedGenerator.invocations()) {
        // The root's help is fitted to the terminal; sample the narrowest, common and the widest widths.
        int[] widths = args.length <= 1 ? new int[] {0, 55, 56, 80, 100, 137, 252, 253, 300} : new int[] {137};
        for (int columns : widths) {
          HelpLayout layout = HelpLayout.onTerminal(columns, colour);
          Prerendered.Answer answer = Prerendered.find(args, Map.of(), layout);
          Prerendered.Answer live = PrerenderedGenerator.render(args, layout);
          String what = String.join(" ", args) + " on a " + layout;
          assertThat(answer).as(what).isNotNull();
          assertThat(answer.exitCode).as(what).isEqualTo(live.exitCode);
          assertThat(new String(answer.out, UTF_8)).as(what).isEqualTo(new String(live.out, UTF_8));
          assertThat(answer.err).as(what).isEqualTo(live.err);
        }
      }
    }
  }

  @Test
  void onAConsoleTheRootHelpIsColouredAndFittedWhileACommandsKeeps80Columns() {
    String narrow = new String(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.onTerminal(60, true)).out,
        UTF_8);
    String wide = new String(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.onTerminal(200, true)).out,
        UTF_8);
    String command = new String(
        Prerendered.find(new String[] {"state", "convert", "-h"}, Map.of(), HelpLayout.onTerminal(200, false)).out,
        UTF_8);

    assertThat(narrow).contains("\u001b[").isNotEqualTo(wide);
    assertThat(widest(narrow)).isLessThanOrEqualTo(60);
    assertThat(widest(wide)).isGreaterThan(80).isLessThanOrEqualTo(200);
    assertThat(command).doesNotContain("\u001b[");
    assertThat(widest(command)).isLessThanOrEqualTo(80);
  }

  @Test
  void aConsoleOfUnknownOrVeryWideWidthIsLeftToPicocli() {
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.onTerminal(-1, true))).isNull();
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.onTerminal(Prerendered.MAX_COLUMNS + 1,
        false))).isNull();
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.onTerminal(Prerendered.MAX_COLUMNS,
        false))).isNotNull();
  }

  @Test
  void offAConsoleTheLaunchersWidthIsIgnored() {
    assumeThat(System.console()).isNull();

    assertThat(HelpLayout.current()).isEqualTo(HelpLayout.PLAIN);
    assertThat(Prerendered.find(new String[] {"--help"}, Map.of()).out)
        .isEqualTo(Prerendered.find(new String[] {"--help"}, Map.of(), HelpLayout.PLAIN).out);
  }

  /** The longest line without colour codes. */
  private static int widest(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "").lines().mapToInt(String::length).max().orElse(0);
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
