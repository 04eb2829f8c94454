package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FakeServerCommandTest {
  @TempDir Path dir;

  @Test
  void runsUntilStoppedAndPrintsWhatAClientNeeds() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread server =
        new Thread(
            () ->
                exit.set(
                    AirbytekitCli.execute(
                        new String[] {"fake-server", "--seed", "demo"},
                        Map.of(),
                        new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        false,
                        false)));
    server.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!out.toString().contains("\"connections\"") && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    while (!out.toString().strip().endsWith("}") && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    Map<String, Object> info = FakeAirbyte.object(out.toString());
    assertThat(info).containsKeys("apiUrl", "configApiUrl", "workspaceId", "clientId", "clientSecret");
    assertThat((List<?>) info.get("connections")).hasSize(4);
    assertThat(err.toString()).contains("export AIRBYTE_API_ROOT=" + info.get("apiUrl"));

    // A client configured from what it printed works.
    CliRun run =
        CliRun.with()
            .env("AIRBYTE_API_ROOT", (String) info.get("apiUrl"))
            .env("AIRBYTE_CLIENT_ID", (String) info.get("clientId"))
            .env("AIRBYTE_CLIENT_SECRET", (String) info.get("clientSecret"))
            .run("state", "dump", FakeAirbyte.STREAM_CONN);
    assertThat(run.exitCode).as(run.err).isZero();

    server.interrupt();
    server.join(10_000);
    assertThat(server.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void aMissingSeedFileOrBadPortIsAUsageError() {
    assertThat(CliRun.run("fake-server", "--seed", dir.resolve("nope.json").toString()).exitCode).isEqualTo(2);
    assertThat(CliRun.run("fake-server", "--port", "70000").exitCode).isEqualTo(2);
  }

  @Test
  void anInvalidSeedFileIsAUsageError() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "this is not a seed");

    CliRun run = CliRun.run("fake-server", "--seed", seed.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ");
  }
}
