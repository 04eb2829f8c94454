package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_GET;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.airbytekit.connections.SnapshotDiff.Change;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LiveSnapshotDiffTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();
  private static final int CONNECTIONS = 40;
  private static final String ADDED = "c0ffee00-0000-4000-8000-000000000999";
  private static final String LISTINGS = "GET /api/public/v1/connections";

  @TempDir Path snapshot;
  private FakeAirbyteServer server;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    SnapshotWorkspace.seed(server, CONNECTIONS);
    workspace = Fixtures.workspace(server);
    workspace.snapshot(snapshot);
  }

  private int count(String pattern) {
    return server.requests().matching(pattern).count();
  }

  private Map<String, SnapshotConnectionDiff> changed(SnapshotDiff diff) {
    return diff.changed().stream()
        .collect(Collectors.toMap(SnapshotConnectionDiff::getConnectionId, Function.identity()));
  }

  @Test
  void anUnchangedWorkspaceHasNoDifferencesAndIsReadWithTheRequestsOfASnapshot() {
    int before = server.requests().count();
    int states = count(STATE_GET);
    int catalogs = count(CATALOG_GET);
    int jobs = count(LIST_JOBS);
    int listings = count(LISTINGS);
    int tokens = count(TOKEN);

    SnapshotDiff diff = workspace.diffSnapshot(snapshot);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.getConnections()).hasSize(CONNECTIONS)
        .allSatisfy(c -> assertThat(c.getChange()).isEqualTo(Change.UNCHANGED));
    assertThat(diff.toTable()).isEqualTo("No differences.\n");
    assertThat(diff.toJson()).isEqualTo("{\n  \"connections\": []\n}\n");
    // per connection its newest job twice, state/get and web_backend/connections/get; one listing page; no
    // token: the workspace's, minted for the snapshot, serves the live read too
    assertThat(count(STATE_GET) - states).isEqualTo(CONNECTIONS);
    assertThat(count(CATALOG_GET) - catalogs).isEqualTo(CONNECTIONS);
    assertThat(count(LIST_JOBS) - jobs).isEqualTo(2 * CONNECTIONS);
    assertThat(count(LISTINGS) - listings).isEqualTo(1);
    assertThat(count(TOKEN) - tokens).isZero();
    assertThat(server.requests().count() - before).isEqualTo(4 * CONNECTIONS + 1);
  }

  @Test
  void changedStatesStreamsSettingsAndDeletedAndNewConnectionsShowUpSnapshotBeforeLiveAfter() {
    workspace.getConnection(SnapshotWorkspace.id(0)).setStreamState("users", "public", RawJson.of("{\"cursor\":1}"));
    workspace.getConnection(SnapshotWorkspace.id(1)).rename("renamed");
    CloudConnection third = workspace.getConnection(SnapshotWorkspace.id(2));
    third.importRawCatalog(third.dumpRawSyncCatalog().orElseThrow().withoutStream(StreamId.of("stream_1", null)));
    CloudConnection fifth = workspace.getConnection(SnapshotWorkspace.id(5));
    fifth.importRawCatalog(fifth.dumpRawSyncCatalog().orElseThrow().withEntry(Fixtures.entry("invoices", "public",
        SyncMode.INCREMENTAL, DestinationSyncMode.APPEND, true)));
    workspace.permanentlyDeleteConnection(SnapshotWorkspace.id(3), false, false, false);
    server.seed().connection(ADDED, c -> c.name("new one"));

    SnapshotDiff diff = workspace.diffSnapshot(snapshot);

    Map<String, SnapshotConnectionDiff> changed = changed(diff);
    assertThat(changed).containsOnlyKeys(SnapshotWorkspace.id(0), SnapshotWorkspace.id(1), SnapshotWorkspace.id(2),
        SnapshotWorkspace.id(3), SnapshotWorkspace.id(5), ADDED);
    assertThat(changed.get(SnapshotWorkspace.id(0)).getStreams()).containsExactly(SnapshotStreamDiff.builder()
        .stream("public.users").state(Change.CHANGED).catalog(Change.UNCHANGED).build());
    assertThat(changed.get(SnapshotWorkspace.id(1)).getSettings()).containsExactly("name");
    assertThat(changed.get(SnapshotWorkspace.id(1)).getName()).isEqualTo("renamed");
    assertThat(changed.get(SnapshotWorkspace.id(2)).getStreams()).extracting(SnapshotStreamDiff::getStream,
        SnapshotStreamDiff::getCatalog).containsExactly(tuple("stream_1", Change.REMOVED));
    assertThat(changed.get(SnapshotWorkspace.id(5)).getStreams()).extracting(SnapshotStreamDiff::getStream,
        SnapshotStreamDiff::getState, SnapshotStreamDiff::getCatalog)
        .containsExactly(tuple("public.invoices", Change.UNCHANGED, Change.ADDED));
    assertThat(changed.get(SnapshotWorkspace.id(3)).getChange()).isEqualTo(Change.REMOVED);
    assertThat(changed.get(ADDED).getChange()).isEqualTo(Change.ADDED);
    assertThat(changed.get(ADDED).getName()).isEqualTo("new one");
    assertThat(diff.unreadable()).isEmpty();
    assertThat(diff.toTable()).contains("stream public.users", "state changed, catalog unchanged",
        "setting name", "stream public.invoices", "state unchanged, catalog added", ADDED + "  new one")
        .containsPattern(SnapshotWorkspace.id(3) + " +connection 3 +connection +removed");
  }

  @Test
  void aConnectionThatCannotBeReadIsReportedAndTheOthersAreCompared() {
    server.faults().on(STATE_GET).respond(500);

    SnapshotDiff diff = workspace.diffSnapshot(snapshot, SnapshotOptions.builder().concurrency(1).build());

    assertThat(diff.unreadable()).extracting(SnapshotConnectionDiff::getConnectionId)
        .containsExactly(SnapshotWorkspace.id(0));
    SnapshotConnectionDiff failed = diff.unreadable().get(0);
    assertThat(failed.getName()).isEqualTo("connection 0");
    assertThat(failed.getError()).contains("Connection " + SnapshotWorkspace.id(0), "500", "state/get");
    assertThat(diff.changed()).containsExactly(failed);
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.toJson()).contains("\"change\": \"unreadable\"", "\"error\": \"Connection "
        + SnapshotWorkspace.id(0));
    assertThat(diff.toTable()).contains("connection  unreadable: Connection " + SnapshotWorkspace.id(0));
  }

  @Test
  void tooManyRequestsPauseTheLiveReadAndNothingIsLostOrRepeated() {
    VirtualTime time = VirtualTime.startingNow();
    CloudWorkspace timed = Fixtures.builder(server, time).build();
    server.faults().on(STATE_GET).times(3).tooManyRequests(Duration.ofSeconds(2));
    server.faults().on(CATALOG_GET).times(2).respond(503);
    int states = count(STATE_GET);
    int catalogs = count(CATALOG_GET);

    SnapshotDiff diff = timed.diffSnapshot(snapshot);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(time.sleeps()).contains(Duration.ofSeconds(2)); // Retry-After honoured
    assertThat(count(STATE_GET) - states).isEqualTo(CONNECTIONS + 3);
    assertThat(count(CATALOG_GET) - catalogs).isEqualTo(CONNECTIONS + 2);
  }

  @Test
  void chosenConnectionsAreComparedOnBothSidesOneDeletedSinceIsRemovedAndAnUnknownOneUnreadable() {
    workspace.getConnection(SnapshotWorkspace.id(7)).rename("renamed");
    workspace.permanentlyDeleteConnection(SnapshotWorkspace.id(8), false, false, false);
    String unknown = "c0ffee00-0000-4000-8000-000000000777";
    int states = count(STATE_GET);
    List<SnapshotEntry> told = new CopyOnWriteArrayList<>();

    SnapshotDiff diff = workspace.diffSnapshot(snapshot, SnapshotOptions.builder()
        .addConnectionIds(SnapshotWorkspace.id(6), SnapshotWorkspace.id(7), SnapshotWorkspace.id(8), unknown)
        .listener((entry, done, total) -> told.add(entry))
        .build());

    assertThat(diff.getConnections())
        .extracting(SnapshotConnectionDiff::getConnectionId, SnapshotConnectionDiff::getChange)
        .containsExactly(tuple(SnapshotWorkspace.id(6), Change.UNCHANGED),
            tuple(SnapshotWorkspace.id(7), Change.CHANGED), tuple(SnapshotWorkspace.id(8), Change.REMOVED),
            tuple(unknown, Change.UNREADABLE));
    assertThat(diff.unreadable().get(0).getError())
        .isEqualTo("Connection " + unknown + ": not a connection of workspace " + server.workspaceId()
            + " (not in its listing)");
    assertThat(count(STATE_GET) - states).isEqualTo(2);
    assertThat(told).extracting(SnapshotEntry::getOutcome)
        .containsExactlyInAnyOrder(SnapshotEntry.Outcome.READ, SnapshotEntry.Outcome.READ,
            SnapshotEntry.Outcome.FAILED);
  }

  @Test
  void aSnapshotOfAnotherWorkspaceIsRefusedBeforeAnyRequest() throws Exception {
    Path manifest = snapshot.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(server.workspaceId(),
        "0ddba11a-0000-4000-8000-000000000000"));
    int before = server.requests().count();

    assertThatThrownBy(() -> workspace.diffSnapshot(snapshot))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("is of workspace 0ddba11a-0000-4000-8000-000000000000, not " + server.workspaceId());
    assertThat(server.requests().count()).isEqualTo(before);
  }

  @Test
  void aDirectoryWithoutASnapshotIsRefusedBeforeAnyRequest(@TempDir Path empty) {
    int before = server.requests().count();

    assertThatThrownBy(() -> workspace.diffSnapshot(empty))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("manifest.json");
    assertThat(server.requests().count()).isEqualTo(before);
  }
}
