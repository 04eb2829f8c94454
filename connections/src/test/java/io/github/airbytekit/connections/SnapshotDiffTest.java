package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.airbytekit.connections.SnapshotDiff.Change;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();
  private static final String ADDED = "c0ffee00-0000-4000-8000-000000000099";

  @TempDir Path before;
  @TempDir Path after;
  private FakeAirbyteServer server;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    SnapshotWorkspace.seed(server, 8);
    workspace = Fixtures.workspace(server);
  }

  @Test
  void twoSnapshotsOfTheSameWorkspaceHaveNoDifferences() {
    workspace.snapshot(before);
    workspace.snapshot(after);

    SnapshotDiff diff = SnapshotDiff.between(before, after);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.getConnections()).hasSize(8);
    assertThat(diff.toTable()).isEqualTo("No differences.\n");
    assertThat(diff.toJson()).isEqualTo("{\n  \"connections\": []\n}\n");
  }

  @Test
  void changesAreReportedPerConnectionStreamAndSetting() {
    workspace.snapshot(before);
    workspace.getConnection(SnapshotWorkspace.id(0)).setStreamState("users", "public", RawJson.of("{\"cursor\":1}"));
    workspace.getConnection(SnapshotWorkspace.id(1)).rename("renamed");
    CloudConnection third = workspace.getConnection(SnapshotWorkspace.id(2));
    third.importRawCatalog(third.dumpRawSyncCatalog().orElseThrow().withoutStream(StreamId.of("stream_1", null)));
    workspace.permanentlyDeleteConnection(SnapshotWorkspace.id(3), false, false, false);
    server.seed().connection(ADDED, c -> c.name("new one"));
    workspace.snapshot(after);

    SnapshotDiff diff = SnapshotDiff.between(before, after);

    Map<String, SnapshotConnectionDiff> changed = diff.changed().stream()
        .collect(Collectors.toMap(SnapshotConnectionDiff::getConnectionId, Function.identity()));
    assertThat(diff.changed()).extracting(SnapshotConnectionDiff::getConnectionId).isSorted();
    assertThat(changed).containsOnlyKeys(SnapshotWorkspace.id(0), SnapshotWorkspace.id(1), SnapshotWorkspace.id(2),
        SnapshotWorkspace.id(3), ADDED);
    assertThat(changed.get(SnapshotWorkspace.id(0)).getStreams()).containsExactly(SnapshotStreamDiff.builder()
        .stream("public.users").state(Change.CHANGED).catalog(Change.UNCHANGED).build());
    assertThat(changed.get(SnapshotWorkspace.id(1)).getSettings()).containsExactly("name");
    assertThat(changed.get(SnapshotWorkspace.id(2)).getStreams()).extracting(SnapshotStreamDiff::getStream,
        SnapshotStreamDiff::getCatalog).containsExactly(tuple("stream_1", Change.REMOVED));
    assertThat(changed.get(SnapshotWorkspace.id(3)).getChange()).isEqualTo(Change.REMOVED);
    assertThat(changed.get(ADDED).getChange()).isEqualTo(Change.ADDED);
    assertThat(diff.toTable())
        .contains("CONNECTION", "WHAT", "stream public.users", "state changed, catalog unchanged", "setting name",
            "stream stream_1", "state unchanged, catalog removed", ADDED + "  new one")
        .containsPattern(SnapshotWorkspace.id(3) + " +connection 3 +connection +removed");
    assertThat(diff.toJson()).contains("\"connectionId\": \"" + ADDED + "\"", "\"change\": \"added\"",
        "\"stream\": \"public.users\"", "\"state\": \"changed\"", "\"settings\": [\n        \"name\"\n      ]");
  }

  @Test
  void aDirectoryWithoutASnapshotIsRefused() {
    workspace.snapshot(after);

    assertThatThrownBy(() -> SnapshotDiff.between(before, after))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("manifest.json");
  }
}
