package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandTest extends FakeAirbyte {
  @TempDir Path directory;
  @TempDir Path later;

  private CliRun snapshot() {
    return snapshot(directory);
  }

  private CliRun snapshot(Path into) {
    return cli().env("AIRBYTE_WORKSPACE_ID", server.workspaceId()).run("workspace", "snapshot", into.toString());
  }

  @Test
  void snapshotWritesEveryConnectionAndARerunSkipsThem() throws Exception {
    CliRun first = snapshot();

    assertThat(first.exitCode).as(first.err).isZero();
    Map<String, Object> summary = object(first.out);
    assertThat(summary.get("written")).isEqualTo(4.0);
    assertThat(summary.get("failed")).isEqualTo(0.0);
    assertThat(first.err).contains("[4/4] ", " written");
    assertThat(Files.readString(directory.resolve(STREAM_CONN + "/state.json")))
        .isEqualTo(run("state", "dump", "--raw", STREAM_CONN).out.strip());
    assertThat(directory.resolve("manifest.json")).exists();

    CliRun second = snapshot();

    assertThat(object(second.out).get("skipped")).isEqualTo(4.0);
    assertThat(second.err).contains(" skipped");
  }

  @Test
  void aFailedConnectionIsListedAndExits3() {
    server.faults().on("POST /api/v1/state/get").respond(500);

    CliRun run = snapshot();

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(object(run.out).get("failed")).isEqualTo(1.0);
    assertThat(list(object(run.out).get("failures"))).hasSize(1);
    assertThat(run.err).contains(" failed: Connection ");
  }

  @Test
  void withoutAWorkspaceIdItIsAUsageError() {
    CliRun run = run("workspace", "snapshot", directory.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--workspace-id");
  }

  @Test
  void diffShowsWhatChangedBetweenTwoSnapshotsAsJsonOrATable() {
    snapshot();
    assertThat(run("connection", "rename", STREAM_CONN, "renamed").exitCode).isZero();
    snapshot(later);

    CliRun json = CliRun.run("workspace", "diff", directory.toString(), later.toString());
    CliRun table = CliRun.run("workspace", "diff", "--table", directory.toString(), later.toString());

    assertThat(json.exitCode).as(json.err).isZero();
    List<Object> connections = list(object(json.out).get("connections"));
    assertThat(connections).hasSize(1);
    assertThat(map(connections.get(0))).containsEntry("connectionId", STREAM_CONN)
        .containsEntry("settings", List.of("name"));
    assertThat(table.out).startsWith("CONNECTION").contains(STREAM_CONN + "  renamed", "setting name", "changed");
  }
}
