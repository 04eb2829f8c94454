package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No output of any command, successful or failing, with or without --debug, shows the client secret. */
class SecretLeakTest extends FakeAirbyte {
  private static final String WRONG_SECRET = "wrong-Secret-7f3a9c1e5b";

  private final List<CliRun> runs = new ArrayList<>();

  private void record(CliRun.Builder builder, String... args) {
    runs.add(builder.run(args));
  }

  @Test
  void successfulCommandsNeverPrintTheSecret() {
    String[][] commands = {
      {"connection", "show", STREAM_CONN},
      {"connection", "rename", STREAM_CONN, "Renamed"},
      {"connection", "schedule", STREAM_CONN, "--manual"},
      {"sync", "run", STREAM_CONN},
      {"sync", "history", STREAM_CONN},
      {"sync", "status", STREAM_CONN},
      {"sync", "logs", STREAM_CONN, "1"},
      {"state", "dump", STREAM_CONN},
      {"state", "dump", "--raw", STREAM_CONN},
      {"state", "get", STREAM_CONN, "charges"},
      {"state", "set", STREAM_CONN, "charges", "{\"created\":1}"},
      {"catalog", "dump", STREAM_CONN},
      {"catalog", "dump", "--raw", STREAM_CONN},
    };
    for (String[] command : commands) {
      record(cli(), command);
      record(cli().tty(), prepend("--debug", command));
    }

    assertThat(runs).allSatisfy(run -> assertThat(run.exitCode).as(run.err).isZero());
    assertThat(runs).allSatisfy(run -> assertThat(run.all()).doesNotContain(server.clientSecret()));
  }

  @Test
  void failuresNeverPrintTheSecret() {
    CliRun.Builder wrong = cli().env("AIRBYTE_CLIENT_SECRET", WRONG_SECRET);
    record(wrong, "state", "dump", STREAM_CONN);
    record(wrong, "--debug", "state", "dump", STREAM_CONN);
    record(wrong, "--debug", "sync", "run", STREAM_CONN);
    record(cli(), "--client-secret", WRONG_SECRET, "--debug", "connection", "show", STREAM_CONN);
    record(cli().env("AIRBYTE_BEARER_TOKEN", WRONG_SECRET), "--debug", "state", "dump", STREAM_CONN);
    record(cli(), "--bearer-token", WRONG_SECRET, "--debug", "connection", "show", STREAM_CONN);
    record(wrong, "--debug", "connection", "show", MISSING_CONN);
    record(wrong, "--debug", "--bogus");
    record(wrong, "--debug", "state", "set", STREAM_CONN, "charges", "{not json");
    record(
        CliRun.with().env("AIRBYTE_CLIENT_SECRET", WRONG_SECRET).env("AIRBYTE_CLIENT_ID", "x")
            .env("AIRBYTE_API_ROOT", "http://127.0.0.1:9/api/public/v1"),
        "--debug", "state", "dump", STREAM_CONN);

    assertThat(runs).allSatisfy(run -> assertThat(run.exitCode).isNotZero().isNotEqualTo(1));
    record(wrong, "--help");
    record(wrong, "state", "set", "--help");
    assertThat(runs).allSatisfy(run -> assertThat(run.all()).doesNotContain(WRONG_SECRET));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
