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

  private CliRun liveDiff(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("workspace", "diff", directory.toString(), "--live"));
    args.addAll(List.of(more));
    return cli().env("AIRBYTE_WORKSPACE_ID", server.workspaceId()).run(args.toArray(new String[0]));
  }

  @Test
  void liveDiffOfAnUnchangedWorkspaceIsEmpty() {
    snapshot();

    CliRun run = liveDiff();

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(list(object(run.out).get("connections"))).isEmpty();
    assertThat(run.err).contains("[4/4] ", " read");
  }

  @Test
  void liveDiffShowsWhatChangedSinceTheSnapshotAsJsonOrATable() {
    snapshot();
    assertThat(run("connection", "rename", STREAM_CONN, "renamed").exitCode).isZero();

    CliRun json = liveDiff();
    CliRun table = liveDiff("--table", "--connection", STREAM_CONN);

    assertThat(json.exitCode).as(json.err).isZero();
    List<Object> connections = list(object(json.out).get("connections"));
    assertThat(connections).hasSize(1);
    assertThat(map(connections.get(0))).containsEntry("connectionId", STREAM_CONN)
        .containsEntry("name", "renamed").containsEntry("settings", List.of("name"));
    assertThat(table.exitCode).as(table.err).isZero();
    assertThat(table.out).startsWith("CONNECTION").contains(STREAM_CONN + "  renamed", "setting name");
    assertThat(table.err).contains("[1/1] " + STREAM_CONN + " read");
  }

  @Test
  void liveDiffListsAConnectionThatCannotBeReadAndExits3() {
    snapshot();
    server.faults().on("POST /api/v1/state/get").respond(500);

    CliRun run = liveDiff("--concurrency", "1");

    assertThat(run.exitCode).isEqualTo(3);
    Map<String, Object> unreadable = map(list(object(run.out).get("connections")).get(0));
    assertThat(unreadable).containsEntry("change", "unreadable");
    assertThat(unreadable.get("error").toString()).contains("500");
    assertThat(run.err).contains(" failed: Connection ", "1 connection(s) could not be read");
  }

  @Test
  void liveDiffWorksAgainstTheFake() {
    CliRun snapshot = CliRun.run("--fake", "workspace", "snapshot", directory.toString());
    assertThat(snapshot.exitCode).as(snapshot.err).isZero();

    CliRun diff = CliRun.run("--fake", "workspace", "diff", "--live", directory.toString());

    assertThat(diff.exitCode).as(diff.err).isZero();
    assertThat(list(object(diff.out).get("connections"))).isEmpty();
  }

  @Test
  void diffNeedsExactlyOneOfASecondDirectoryAndLive() {
    snapshot();

    CliRun neither = CliRun.run("workspace", "diff", directory.toString());
    CliRun both = CliRun.run("workspace", "diff", directory.toString(), later.toString(), "--live");
    CliRun optionsWithoutLive = CliRun.run("workspace", "diff", directory.toString(), directory.toString(),
        "--connection", STREAM_CONN);

    assertThat(neither.exitCode).isEqualTo(2);
    assertThat(neither.err).contains("give B (a second snapshot directory) or --live");
    assertThat(both.exitCode).isEqualTo(2);
    assertThat(both.err).contains("give either B or --live, not both");
    assertThat(optionsWithoutLive.exitCode).isEqualTo(2);
    assertThat(optionsWithoutLive.err).contains("--concurrency and --connection need --live");
  }

  @Test
  void onATerminalSnapshotProgressIsOneBarRedrawnInPlace() {
    CliRun run = cli().env("AIRBYTE_WORKSPACE_ID", server.workspaceId()).tty()
        .run("workspace", "snapshot", directory.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).startsWith("\r[..........] 0/4 connections").contains("\r[##########] 4/4 connections\n")
        .doesNotContain(" written");
  }
}
