package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.testkit.FakeJobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCommandTest extends FakeAirbyte {
  private static final String EXACT_CONN = "a1a1a1a1-b2b2-4c3c-8d4d-e5e5e5e5e5e5";
  private static final String EXACT_STATE =
      "{\"stateType\":\"stream\",\"connectionId\":\"" + EXACT_CONN + "\",\"streamState\":[{\"streamDescriptor\":"
          + "{\"name\":\"events\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":12345678901234567890123,"
          + "\"ratio\":1.10,\"tiny\":1E-400,\"when\":\"2024-01-01\"}}]}";

  @TempDir Path dir;

  private void seedExactState() {
    server.seed().connection(EXACT_CONN, c -> c.state(AirbyteJson.connectionState().read(EXACT_STATE)));
  }

  @Test
  void dumpPrintsTheProtocolListWithNumbersExactlyAsStored() {
    seedExactState();

    CliRun run = run("state", "dump", EXACT_CONN);

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .contains("\"type\":\"STREAM\"", "\"stream_descriptor\"", "12345678901234567890123", "1.10", "1E-400");
    assertThat(array(run.out)).hasSize(1);
  }

  @Test
  void dumpRawPrintsTheConfigObjectExactly() {
    seedExactState();

    CliRun run = run("state", "dump", "--raw", EXACT_CONN);

    assertThat(run.out.replaceAll("\\s", "")).isEqualTo(EXACT_STATE);
  }

  @Test
  void dumpThenImportRoundTripsInBothForms() throws Exception {
    Path protocol = dir.resolve("protocol.json");
    Path raw = dir.resolve("raw.json");
    Files.writeString(protocol, run("state", "dump", STREAM_CONN).out);
    // the same state type as the first import: Airbyte changes a stored state's type only through a reset
    Files.writeString(raw, run("state", "dump", "--raw", STREAM_CONN).out);

    CliRun fromProtocol = run("state", "import", NEW_CONN, protocol.toString());
    assertThat(fromProtocol.exitCode).as(fromProtocol.err).isZero();
    assertThat(run("state", "dump", NEW_CONN).out).isEqualTo(run("state", "dump", STREAM_CONN).out);

    CliRun fromStdin = cli().stdin(Files.readString(raw)).run("state", "import", NEW_CONN, "-");
    assertThat(fromStdin.exitCode).as(fromStdin.err).isZero();
    assertThat(run("state", "dump", NEW_CONN).out).isEqualTo(run("state", "dump", STREAM_CONN).out);
    // The imported Config object carried STREAM_CONN's id; it was replaced by the target's.
    assertThat(object(run("state", "dump", "--raw", NEW_CONN).out)).containsEntry("connectionId", NEW_CONN);
  }

  @Test
  void importOfMalformedOrForeignInputWritesNothing() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"stateType\": \"stream\", ");
    assertThat(run("state", "import", STREAM_CONN, bad.toString()).exitCode).isEqualTo(2);
    assertThat(cli().stdin("{\"hello\": 1}").run("state", "import", STREAM_CONN).exitCode).isEqualTo(2);
    assertThat(cli().stdin("[]").run("state", "import", STREAM_CONN).exitCode).isEqualTo(2);
    assertThat(run("state", "import", STREAM_CONN, dir.resolve("missing.json").toString()).exitCode).isEqualTo(2);

    assertThat(writes()).isEmpty();
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void importWhileASyncRunsExitsFiveAndWritesNothing() {
    server.jobs().script(STREAM_CONN, FakeJobStatus.RUNNING);
    run("sync", "run", STREAM_CONN, "--no-wait");
    String before = run("state", "dump", "--raw", STREAM_CONN).out;

    CliRun run = cli().stdin(before).run("state", "import", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(5);
    assertThat(run("state", "dump", "--raw", STREAM_CONN).out).isEqualTo(before);
  }

  @Test
  void getPrintsOneStreamsBlob() {
    seedExactState();

    CliRun run = run("state", "get", EXACT_CONN, "events", "--namespace", "public");

    assertThat(run.exitCode).isZero();
    assertThat(run.out.replaceAll("\\s", ""))
        .isEqualTo("{\"cursor\":12345678901234567890123,\"ratio\":1.10,\"tiny\":1E-400,\"when\":\"2024-01-01\"}");
  }

  @Test
  void getOfAnUnknownStreamExitsFourListingTheStreams() {
    CliRun run = run("state", "get", GLOBAL_CONN, "orders");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString()
        .startsWith("error: ")
        .contains("orders")
        .contains("public.orders", "public.customers");
  }

  @Test
  void getOnALegacyStateIsAUsageError() {
    CliRun run = run("state", "get", LEGACY_CONN, "users");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("legacy");
  }

  @Test
  void getOnAConnectionWithoutStateExitsFour() {
    CliRun run = run("state", "get", NEW_CONN, "users");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).contains("no state");
  }

  @Test
  void setReplacesOneStreamAndKeepsTheOthers() {
    String customersBefore = run("state", "get", STREAM_CONN, "customers").out;

    CliRun run = run("state", "set", STREAM_CONN, "charges", "{\"created\": 1700000000.50}");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).isEqualTo("{\"created\":1700000000.50}\n");
    assertThat(run("state", "get", STREAM_CONN, "charges").out).contains("1700000000.50");
    assertThat(run("state", "get", STREAM_CONN, "customers").out).isEqualTo(customersBefore);
  }

  @Test
  void setReadsTheBlobFromAFileOrStdin() throws Exception {
    Path blob = dir.resolve("blob.json");
    Files.writeString(blob, "{\"lsn\": 42}");

    assertThat(run("state", "set", GLOBAL_CONN, "orders", "@" + blob, "--namespace", "public").exitCode).isZero();
    assertThat(cli().stdin("{\"lsn\": 43}").run("state", "set", GLOBAL_CONN, "customers", "@-", "--namespace", "public").exitCode)
        .isZero();
    assertThat(run("state", "get", GLOBAL_CONN, "orders", "--namespace", "public").out).contains("42");
    assertThat(run("state", "get", GLOBAL_CONN, "customers", "--namespace", "public").out).contains("43");
  }

  @Test
  void setWithMalformedJsonWritesNothing() {
    CliRun run = run("state", "set", STREAM_CONN, "charges", "{\"created\": ");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: the stream state is not valid JSON");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void setOnAStateThatCannotTakeAPerStreamEditWritesNothing() {
    CliRun notSet = run("state", "set", NEW_CONN, "users", "{}");
    CliRun legacy = run("state", "set", LEGACY_CONN, "users", "{}");

    assertThat(notSet.exitCode).isEqualTo(2);
    assertThat(legacy.exitCode).isEqualTo(2);
    assertThat(writes()).isEmpty();
  }

  @Test
  void convertBetweenFormsWithoutTouchingAirbyte() throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, EXACT_STATE);

    CliRun toProtocol = CliRun.run("state", "convert", "--to", "protocol", config.toString());
    CliRun back = CliRun.with().stdin(toProtocol.out).run("state", "convert", "--to", "config", "--connection-id", EXACT_CONN);

    assertThat(toProtocol.exitCode).isZero();
    assertThat(toProtocol.out).contains("\"stream_state\"", "12345678901234567890123", "1E-400");
    assertThat(back.out.replaceAll("\\s", "")).isEqualTo(EXACT_STATE);
  }

  @Test
  void convertRejectsUnknownFormsAndTargets() {
    assertThat(CliRun.with().stdin("{\"foo\": 1}").run("state", "convert", "--to", "protocol").exitCode).isEqualTo(2);
    assertThat(CliRun.with().stdin("[]").run("state", "convert", "--to", "yaml").exitCode).isEqualTo(2);
    assertThat(CliRun.with().stdin("not json").run("state", "convert", "--to", "config").exitCode).isEqualTo(2);
    assertThat(CliRun.run("state", "convert", "/no/such/file").exitCode).isEqualTo(2);
  }

  @Test
  void stateOfAnUnknownConnectionExitsFour() {
    assertThat(run("state", "dump", MISSING_CONN).exitCode).isEqualTo(4);
  }

  @Test
  void emptyProtocolListConvertsToNotSet() {
    CliRun run = CliRun.with().stdin("[]").run("state", "convert", "--to", "config");

    assertThat(object(run.out)).isEqualTo(Map.of("stateType", "not_set"));
    assertThat(List.of()).isEmpty();
  }
}
