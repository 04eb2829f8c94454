package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRestoreCommandTest extends FakeAirbyte {
  @TempDir Path directory;

  private CliRun.Builder inWorkspace() {
    return cli().env("AIRBYTE_WORKSPACE_ID", server.workspaceId());
  }

  private void snapshot() {
    CliRun run = inWorkspace().run("workspace", "snapshot", directory.toString());
    assertThat(run.exitCode).as(run.err).isZero();
  }

  private String state(String connection) {
    return run("state", "dump", "--raw", connection).out.strip();
  }

  @Test
  void restorePutsTheSnapshotsStateBackWithOneLinePerConnection() {
    snapshot();
    String before = state(STREAM_CONN);
    assertThat(run("state", "set", STREAM_CONN, "charges", "{\"created\":1}").exitCode).isZero();

    CliRun run = inWorkspace().run("workspace", "restore", directory.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(state(STREAM_CONN)).isEqualTo(before);
    assertThat(run.err).contains("[4/4] ", " restored");
    Map<String, Object> result = object(run.out);
    assertThat(map(result.get("counts"))).containsEntry("restored", 4.0).containsEntry("failed", 0.0);
    assertThat(result).containsEntry("dryRun", false);
  }

  @Test
  void aDryRunPrintsThePlanAndWritesNothing() {
    snapshot();
    assertThat(run("state", "set", STREAM_CONN, "charges", "{\"created\":1}").exitCode).isZero();
    int writesBefore = writes().size();

    CliRun run = inWorkspace().run("workspace", "restore", "--dry-run", "--connection", STREAM_CONN,
        directory.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(writes()).hasSize(writesBefore);
    List<Object> connections = list(object(run.out).get("connections"));
    assertThat(connections).hasSize(1);
    Map<String, Object> plan = map(connections.get(0));
    assertThat(plan).containsEntry("outcome", "planned").containsEntry("targetConnectionId", STREAM_CONN);
    assertThat(map(plan.get("state"))).containsEntry("written", true)
        .containsEntry("streamsChanged", List.of("charges"));
    assertThat(map(plan.get("catalog"))).containsEntry("written", false);
  }

  @Test
  void aMappingFileRestoresIntoAnotherInstance() throws Exception {
    snapshot();
    Path mapping = directory.resolveSibling(directory.getFileName() + "-mapping.json");
    Files.writeString(mapping, "{\"" + STREAM_CONN + "\": \"" + STREAM_CONN + "\"}");
    try (FakeAirbyteServer other = FakeAirbyteServer.builder().demoSeed().build()) {
      String before = state(STREAM_CONN);
      CliRun change = CliRun.with().env("AIRBYTE_API_ROOT", other.apiRoot()).env("AIRBYTE_CLIENT_ID", other.clientId())
          .env("AIRBYTE_CLIENT_SECRET", other.clientSecret())
          .run("state", "set", STREAM_CONN, "charges", "{\"created\":7}");
      assertThat(change.exitCode).as(change.err).isZero();

      CliRun run = CliRun.with().env("AIRBYTE_API_ROOT", other.apiRoot()).env("AIRBYTE_CLIENT_ID", other.clientId())
          .env("AIRBYTE_CLIENT_SECRET", other.clientSecret()).env("AIRBYTE_WORKSPACE_ID", other.workspaceId())
          .run("workspace", "restore", "--map", mapping.toString(), directory.toString());

      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(map(object(run.out).get("counts"))).containsEntry("restored", 1.0).containsEntry("skipped", 3.0);
      assertThat(run.err).contains(" skipped: not in the mapping");
      CliRun after = CliRun.with().env("AIRBYTE_API_ROOT", other.apiRoot()).env("AIRBYTE_CLIENT_ID", other.clientId())
          .env("AIRBYTE_CLIENT_SECRET", other.clientSecret()).run("state", "dump", "--raw", STREAM_CONN);
      assertThat(after.out.strip()).isEqualTo(before);
    }
  }

  @Test
  void aRunningSyncIsReportedAndExits5WhileTheOthersAreRestored() {
    snapshot();
    server.seed().job(STREAM_CONN, FakeJobStatus.RUNNING);

    CliRun run = inWorkspace().run("workspace", "restore", directory.toString());

    assertThat(run.exitCode).isEqualTo(5);
    assertThat(map(object(run.out).get("counts"))).containsEntry("locked", 1.0).containsEntry("restored", 3.0);
    assertThat(run.err).contains(STREAM_CONN + " locked: a sync is running on target connection");
  }

  @Test
  void aBadMappingFileOrMatchIsAUsageErrorAndWritesNothing() throws Exception {
    snapshot();
    Path mapping = directory.resolveSibling(directory.getFileName() + "-bad.json");
    Files.writeString(mapping, "{\"" + STREAM_CONN + "\": 5}");

    CliRun badMap = inWorkspace().run("workspace", "restore", "--map", mapping.toString(), directory.toString());
    CliRun badMatch = inWorkspace().run("workspace", "restore", "--match", "size", directory.toString());

    assertThat(badMap.exitCode).isEqualTo(2);
    assertThat(badMap.err).contains("at $." + STREAM_CONN + ": expected a target connection id");
    assertThat(badMatch.exitCode).isEqualTo(2);
    assertThat(badMatch.err).contains("--match must be id or name");
    assertThat(writes()).isEmpty();
  }
}
