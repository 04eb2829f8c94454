package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.connections.AirbyteVersionGapException;
import io.github.airbytekit.testkit.AirbyteVersion;
import io.github.airbytekit.testkit.DemoSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state, catalog and sync commands against the embedded fake speaking each Airbyte version
 * ({@code --fake --airbyte-version V}): each exits 0, or 2 naming the version gap when that version lacks an endpoint.
 */
class VersionMatrixCliTest {
  private static final String STREAM_CONN = DemoSeed.STREAM_CONNECTION_ID;
  private static final String NEW_CONN = DemoSeed.NEVER_SYNCED_CONNECTION_ID;
  /** Stands for the newest job of the connection, as {@code sync status} reports it. */
  private static final String JOB = "{newest job}";

  /** A command, and the command whose output is its stdin (or none). */
  record Command(List<String> args, List<String> input) {
    static Command of(String... args) {
      return new Command(List.of(args), List.of());
    }

    Command from(String... args) {
      return new Command(this.args, List.of(args));
    }

    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  static List<Command> commands() {
    return List.of(
        Command.of("state", "dump", STREAM_CONN),
        Command.of("state", "get", STREAM_CONN, "charges"),
        Command.of("state", "set", STREAM_CONN, "charges", "{\"created\": 1700000000}"),
        Command.of("state", "import", NEW_CONN, "-").from("state", "dump", STREAM_CONN),
        Command.of("catalog", "dump", STREAM_CONN),
        Command.of("catalog", "import", STREAM_CONN, "-").from("catalog", "dump", "--raw", STREAM_CONN),
        Command.of("sync", "run", STREAM_CONN),
        Command.of("sync", "status", STREAM_CONN),
        Command.of("sync", "history", STREAM_CONN),
        Command.of("sync", "logs", STREAM_CONN, JOB));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (AirbyteVersion version : AirbyteVersion.supported()) {
      for (Command command : commands()) {
        cases.add(Arguments.of(version.name(), command));
      }
    }
    return cases.stream();
  }

  private static CliRun.Builder fake(String version) {
    return CliRun.with().global("--fake", "--airbyte-version", version);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void everyCommandExitsZeroOrTwoNamingTheVersionGap(String version, Command command) {
    CliRun.Builder cli = fake(version);
    if (!command.input().isEmpty()) {
      CliRun input = fake(version).run(command.input().toArray(new String[0]));
      assertThat(input.exitCode).as(input.toString()).isZero();
      cli.stdin(input.out);
    }

    List<String> args = new ArrayList<>(command.args());
    if (args.contains(JOB)) {
      CliRun status = fake(version).run("sync", "status", STREAM_CONN);
      assertThat(status.exitCode).as(status.toString()).isZero();
      args.set(args.indexOf(JOB), String.valueOf(((Number) FakeAirbyte.object(status.out).get("jobId")).longValue()));
    }

    CliRun run = cli.run(args.toArray(new String[0]));

    if (run.exitCode == ExitCodes.USAGE && run.err.contains("Airbyte " + version + " has no ")) {
      assertThat(run.err).contains("nothing was sent");
    } else {
      assertThat(run.exitCode).as(run.toString()).isZero();
    }
  }

  @Test
  void theVersionComesFromTheEnvironmentToo() {
    CliRun run = CliRun.with().env("AIRBYTE_VERSION", "v1.6.0").run("--fake", "sync", "history", STREAM_CONN);

    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  @Test
  void anUnknownVersionIsAUsageErrorListingTheKnownOnes() {
    CliRun run = fake("0.50.0").run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--airbyte-version", "0.50.0", "1.4.0", "latest");
  }

  @Test
  void anUnknownVersionAgainstARealServerIsAUsageErrorBeforeAnyRequest() {
    CliRun run = CliRun.with().env("AIRBYTE_BEARER_TOKEN", "t").env("AIRBYTE_API_ROOT", "http://127.0.0.1:1/api/public/v1")
        .run("--airbyte-version", "3.0", "state", "dump", STREAM_CONN);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unknown Airbyte version '3.0'", "1.4.0, 1.6.0, 1.8.0, 2.0.0, latest");
  }

  @Test
  void aVersionGapExitsTwo() {
    assertThat(Failures.classify(new AirbyteVersionGapException("1.4.0", "getState", "POST /v1/state/get")).exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }
}
