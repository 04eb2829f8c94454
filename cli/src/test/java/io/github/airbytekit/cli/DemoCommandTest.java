package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void theTourRunsEndToEndQuicklyAndReadably() {
    long started = System.nanoTime();
    CliRun run = CliRun.run("demo");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(15));
    assertThat(run.out)
        .contains("1/7  Show a connection", "Stripe → Warehouse")
        .contains("2/7  Run a sync, with live progress")
        .containsPattern("job \\d+ succeeded: 1,000 records")
        .contains("3/7  List the sync history")
        .contains("4/7  Dump the state in both forms", "\"stream_descriptor\"", "\"streamDescriptor\"")
        .contains("5/7  Move one stream's cursor", "before", "after", "{\"created\": 1700000000, \"updated\": 1700000000}")
        .contains("read back: only charges changed")
        .contains("6/7  Dump the catalog in both forms", "\"sync_mode\"", "\"syncMode\"")
        .contains("7/7  Switch the schedule to a Quartz cron", "cron 0 0 6 * * ?", "cron 0 0 12 * * ?")
        .contains("Summary", "HTTP calls")
        .containsPattern("\\d+  POST   /api/public/v1/applications/token")
        .containsPattern("1  PATCH  /api/public/v1/connections/\\{id}")
        .containsPattern("1  POST   /api/v1/state/create_or_update_safe")
        .doesNotContain("\u001b[");
    // Short enough to read: no wall of JSON.
    assertThat(run.out.lines().count()).isLessThan(130);
    assertThat(run.out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
  }

  @Test
  void onATerminalTheTourUsesColourUnlessNoColorIsSet() {
    assertThat(CliRun.with().tty().run("demo").out).contains("\u001b[1m");
    assertThat(CliRun.with().tty().env("NO_COLOR", "1").run("demo").out).doesNotContain("\u001b[");
  }
}
