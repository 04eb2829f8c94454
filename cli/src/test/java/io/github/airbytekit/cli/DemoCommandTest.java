package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private static final String CONN = DemoCommand.CONNECTION_ID;

  @Test
  void theTourRunsEndToEndQuicklyAndReadably() {
    long started = System.nanoTime();
    CliRun run = CliRun.run("demo");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(15));
    assertThat(run.out)
        .contains("1/7  Show a connection", "$ airbytekit --fake connection show " + CONN, "Stripe → Warehouse")
        .contains("2/7  Run a sync", "$ airbytekit --fake sync run " + CONN)
        .containsPattern("\n     job \\d+  running ")
        .containsPattern("\n     sync job \\d+ succeeded\n")
        .contains("3/7  List the sync history", "$ airbytekit --fake sync history " + CONN + " --limit 5")
        .contains("4/7  Dump the state in both forms", "\"stream_descriptor\"", "\"streamDescriptor\"")
        .contains("5/7  Move one stream's cursor", "$ airbytekit --fake state set " + CONN + " charges '"
            + DemoCommand.NEW_CURSOR + "'")
        .contains("6/7  Dump the catalog in both forms", "\"sync_mode\"", "\"syncMode\"")
        .contains("7/7  Switch the schedule to a Quartz cron", "error: ", "(exit 2)", "0 0 12 * * ?")
        .contains("HTTP calls the fake received")
        .containsPattern("\\d+  POST   /api/public/v1/applications/token")
        .containsPattern("1  POST   /api/v1/state/create_or_update_safe")
        .doesNotContain("\u001b[");
    // Short enough to read: no wall of JSON.
    assertThat(run.out.lines().count()).isLessThan(200);
    // Previews are cut to fit; an error line is printed whole, as the command prints it.
    assertThat(run.out.lines()).filteredOn(line -> !line.startsWith("     error: "))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
  }

  @Test
  void everyStepPrintsWhatItsCommandPrints() {
    CliRun demo = CliRun.run("demo");
    // The first two commands, run on their own (a fresh fake with the same demo data), print the same thing.
    for (List<String> command : List.of(List.of("connection", "show", CONN), List.of("state", "dump", CONN))) {
      CliRun alone = CliRun.run(prefixed(command));
      String preview = DemoCommand.preview().render(alone.out.strip(), "     ");
      assertThat(alone.exitCode).isZero();
      assertThat(demo.out).as(String.join(" ", command)).contains(preview);
    }
  }

  private static String[] prefixed(List<String> command) {
    String[] args = new String[command.size() + 1];
    args[0] = "--fake";
    for (int i = 0; i < command.size(); i++) {
      args[i + 1] = command.get(i);
    }
    return args;
  }

  @Test
  void onATerminalTheTourUsesColourUnlessNoColorIsSet() {
    assertThat(CliRun.with().tty().run("demo").out).contains("\u001b[1m");
    assertThat(CliRun.with().tty().env("NO_COLOR", "1").run("demo").out).doesNotContain("\u001b[");
  }
}
