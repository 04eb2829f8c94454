package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandTest extends FakeAirbyte {
  @Test
  void dumpPrintsTheProtocolCatalogWithEveryStream() {
    CliRun run = run("catalog", "dump", STREAM_CONN);

    assertThat(run.exitCode).isZero();
    List<Object> streams = list(object(run.out).get("streams"));
    assertThat(streams).hasSize(3);
    assertThat(map(streams.get(0))).containsKeys("stream", "sync_mode", "destination_sync_mode");
  }

  @Test
  void dumpRawPrintsTheConfigSyncCatalog() {
    List<Object> streams = list(object(run("catalog", "dump", "--raw", STREAM_CONN).out).get("streams"));

    assertThat(map(streams.get(0))).containsOnlyKeys("stream", "config");
  }

  @Test
  void dumpConnectorKeepsSelectedStreamsAndProtocolFieldsOnly() {
    List<Object> streams = list(object(run("catalog", "dump", "--connector", STREAM_CONN).out).get("streams"));

    assertThat(streams).hasSize(2);
    assertThat(map(streams.get(0))).doesNotContainKeys("selected", "alias_name");
    assertThat(run("catalog", "dump", "--raw", "--connector", STREAM_CONN).exitCode).isEqualTo(2);
  }

  @Test
  void importEitherFormRoundTrips() {
    String raw = run("catalog", "dump", "--raw", STREAM_CONN).out;
    String protocol = run("catalog", "dump", STREAM_CONN).out;

    // Another connection's catalog: its streams are unknown to this one, so they are sent on purpose.
    CliRun fromRaw = cli().stdin(raw).run("catalog", "import", "--allow-unknown-streams", NEW_CONN);
    assertThat(fromRaw.exitCode).as(fromRaw.err).isZero();
    assertThat(run("catalog", "dump", "--raw", NEW_CONN).out).isEqualTo(raw);

    CliRun fromProtocol = cli().stdin(protocol).run("catalog", "import", "--allow-unknown-streams", GLOBAL_CONN, "-");
    assertThat(fromProtocol.exitCode).as(fromProtocol.err).isZero();
    assertThat(run("catalog", "dump", GLOBAL_CONN).out).isEqualTo(protocol);
  }

  @Test
  void importOfMalformedInputWritesNothing() {
    assertThat(cli().stdin("{\"streams\": [").run("catalog", "import", STREAM_CONN).exitCode).isEqualTo(2);
    assertThat(cli().stdin("{\"streams\": [{\"stream\": {\"name\": \"x\"}}]}").run("catalog", "import", STREAM_CONN).exitCode)
        .isEqualTo(2);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void convertBothWays() {
    String raw = run("catalog", "dump", "--raw", STREAM_CONN).out;

    CliRun toProtocol = CliRun.with().stdin(raw).run("catalog", "convert", "--to", "protocol");
    CliRun back = CliRun.with().stdin(toProtocol.out).run("catalog", "convert", "--to", "config");

    assertThat(toProtocol.out).isEqualTo(run("catalog", "dump", STREAM_CONN).out);
    assertThat(back.out).isEqualTo(raw);
    assertThat(CliRun.with().stdin("[1,2]").run("catalog", "convert", "--to", "config").exitCode).isEqualTo(2);
  }
}
