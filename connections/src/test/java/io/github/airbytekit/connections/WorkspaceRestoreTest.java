package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_GET;
import static io.github.airbytekit.connections.Fixtures.CATALOG_UPDATE;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.STATE_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.Seeder;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots a workspace of the fake and restores it into a second fake (another Airbyte instance) whose
 * connections have other ids, then snapshots the second fake to compare every file byte for byte.
 */
class WorkspaceRestoreTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();
  private static final int CONNECTIONS = 200;
  /** Enough for stream, global, legacy and not_set states twice over, for tests of one behaviour. */
  private static final int FEW = 12;
  private static final String TARGET_SOURCE = "5a5a5a5a-0000-4000-8000-0000000000f1";
  private static final String TARGET_DESTINATION = "de5de5de-0000-4000-8000-0000000000f1";

  @TempDir Path snapshot;
  @TempDir Path afterwards;
  private FakeAirbyteServer source;
  private FakeAirbyteServer target;
  private VirtualTime time;
  private CloudWorkspace sourceWorkspace;
  private CloudWorkspace targetWorkspace;

  @BeforeEach
  void setUp() {
    source = AIRBYTE.server();
    time = VirtualTime.startingNow();
    target = FakeAirbyteServer.start();
  }

  /** Seeds {@code count} connections in each fake and snapshots the first one. */
  private void seed(int count) {
    SnapshotWorkspace.seedWithStatesOfCatalogStreams(source, count);
    sourceWorkspace = Fixtures.builder(source, time).build();
    seedTargets(target, count);
    targetWorkspace = Fixtures.builder(target, time).build();
    assertThat(sourceWorkspace.snapshot(snapshot).isComplete()).isTrue();
  }

  @AfterEach
  void tearDown() {
    if (targetWorkspace != null) {
      targetWorkspace.close();
      sourceWorkspace.close();
    }
    target.close();
  }

  static String targetId(int i) {
    return String.format(Locale.ROOT, "7a76e700-0000-4000-8000-%012d", i);
  }

  /** The same names as the snapshot's, other ids, an older two-stream catalog, and a stale state on some. */
  private static void seedTargets(FakeAirbyteServer server, int count) {
    Seeder seeder = server.seed()
        .source(TARGET_SOURCE, "Shop Postgres (cloud)", "postgres")
        .destination(TARGET_DESTINATION, "Warehouse (cloud)", "bigquery");
    for (int i = 0; i < count; i++) {
      int n = i;
      seeder.connection(targetId(i), c -> {
        c.name("connection " + n).source(TARGET_SOURCE).destination(TARGET_DESTINATION)
            .syncCatalog(Fixtures.catalog());
        if (n % 4 == 0) { // a stream state where the snapshot has one: Airbyte keeps a state's type
          c.state(staleState(targetId(n)));
        }
      });
    }
  }

  private static ConnectionState staleState(String connectionId) {
    return ConnectionState.builder().connectionId(connectionId).stateType(StateType.STREAM)
        .streamState(List.of(StreamState.builder().streamDescriptor(StreamDescriptor.of("users", "public"))
            .streamState(RawJson.of("{\"cursor\":\"stale\"}")).build()))
        .build();
  }

  private int count(FakeAirbyteServer server, String pattern) {
    return server.requests().matching(pattern).count();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Snapshots the target and checks each state (connection id aside) and catalog against the first snapshot. */
  private void assertTargetEqualsTheSnapshot(int count) {
    SnapshotReport second = targetWorkspace.snapshot(afterwards);
    assertThat(second.isComplete()).isTrue();
    for (int i = 0; i < count; i++) {
      String from = SnapshotWorkspace.id(i);
      String to = targetId(i);
      assertThat(read(afterwards.resolve(to + "/catalog.json"))).as(to)
          .isEqualTo(read(snapshot.resolve(from + "/catalog.json")));
      String expected = read(snapshot.resolve(from + "/state.json"));
      assertThat(read(afterwards.resolve(to + "/state.json"))).as(to)
          .isEqualTo(expected.replace(from, to));
    }
  }

  private Path mappingFile(Map<String, String> mapping) throws IOException {
    StringBuilder json = new StringBuilder("{");
    mapping.forEach((from, to) -> json.append(json.length() > 1 ? ",\n" : "\n").append("  \"").append(from)
        .append("\": \"").append(to).append('"'));
    Path file = Files.createTempFile(afterwards.getParent(), "mapping", ".json");
    Files.writeString(file, json.append("\n}\n"));
    return file;
  }

  @Test
  void twoHundredConnectionsRestoredByNameIntoAnotherInstanceAreByteEqualThere() {
    seed(CONNECTIONS);
    RestoreReport report = targetWorkspace.restore(snapshot,
        RestorePlan.builder().matchBy(RestorePlan.MatchBy.NAME).build());

    assertThat(report.restored()).hasSize(CONNECTIONS);
    assertThat(report.isComplete()).isTrue();
    assertThat(report.getEntries()).allSatisfy(entry -> {
      assertThat(entry.getUnwrittenStreams()).isEmpty();
      assertThat(entry.getTargetConnectionId())
          .isEqualTo(targetId(Integer.parseInt(entry.getSnapshotName().substring("connection ".length()))));
    });
    // per connection: newest job, state/get, web_backend/connections/get, one catalog write, at most one state
    // write (none for not_set); two listing pages and one token (the restore uses the workspace's)
    assertThat(count(target, LIST_JOBS)).isEqualTo(CONNECTIONS);
    assertThat(count(target, STATE_GET)).isEqualTo(CONNECTIONS);
    assertThat(count(target, CATALOG_GET)).isEqualTo(CONNECTIONS);
    assertThat(count(target, CATALOG_UPDATE)).isEqualTo(CONNECTIONS);
    assertThat(count(target, STATE_WRITE)).isEqualTo(CONNECTIONS * 3 / 4);
    assertThat(target.requests().count()).isEqualTo(CONNECTIONS * 4 + CONNECTIONS * 3 / 4 + 2 + 1);
    assertThat(report.getEntries()).allSatisfy(entry -> assertThat(entry.getReason()).isNull());
    assertTargetEqualsTheSnapshot(CONNECTIONS);
  }

  @Test
  void twoHundredConnectionsRestoredThroughAMappingFileAreByteEqualThere() throws IOException {
    seed(CONNECTIONS);
    Map<String, String> mapping = new LinkedHashMap<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      mapping.put(SnapshotWorkspace.id(i), targetId(i));
    }

    RestoreReport report = targetWorkspace.restore(snapshot,
        RestorePlan.builder().putAllMapping(RestorePlan.readMapping(mappingFile(mapping))).build());

    assertThat(report.restored()).hasSize(CONNECTIONS);
    assertTargetEqualsTheSnapshot(CONNECTIONS);
  }

  @Test
  void aMappingFileByIdOrNameRestoresOnlyTheMappedConnections() throws IOException {
    seed(FEW);
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put(SnapshotWorkspace.id(0), targetId(0));
    mapping.put("connection 1", targetId(1));
    mapping.put(SnapshotWorkspace.id(2), targetId(2));
    mapping.put("connection 3", targetId(3));

    RestoreReport report = targetWorkspace.restore(snapshot,
        RestorePlan.builder().putAllMapping(RestorePlan.readMapping(mappingFile(mapping))).build());

    assertThat(report.restored()).extracting(RestoreEntry::getTargetConnectionId)
        .containsExactly(targetId(0), targetId(1), targetId(2), targetId(3));
    assertThat(report.skipped()).hasSize(FEW - 4)
        .allSatisfy(entry -> assertThat(entry.getReason()).isEqualTo("not in the mapping"));
    assertThat(count(target, STATE_GET)).isEqualTo(4);
    assertTargetEqualsTheSnapshot(4);
  }

  @Test
  void tooManyRequestsServerErrorsDroppedConnectionsAndLockedTargetsLoseNothingAndARerunRestoresTheRest() {
    seed(CONNECTIONS);
    target.seed().job(targetId(5), FakeJobStatus.RUNNING);
    target.seed().job(targetId(6), FakeJobStatus.RUNNING);
    target.faults().on(STATE_GET).times(3).tooManyRequests(Duration.ofSeconds(2));
    target.faults().on(CATALOG_GET).times(3).respond(503);
    target.faults().on(LIST_JOBS).times(2).respond(502);
    target.faults().on(LIST_JOBS).dropConnection();
    target.faults().on(STATE_WRITE).times(2).respond(423);
    target.faults().on(STATE_WRITE).dropConnection();
    target.faults().on(CATALOG_UPDATE).respond(500);
    target.faults().on(CATALOG_UPDATE).truncateBodyAfterHandling();
    RestorePlan byName = RestorePlan.builder().matchBy(RestorePlan.MatchBy.NAME).build();

    RestoreReport first = targetWorkspace.restore(snapshot, byName);

    assertThat(target.faults().armed()).isZero();
    assertThat(time.sleeps()).contains(Duration.ofSeconds(2)); // Retry-After honoured
    assertThat(first.getEntries()).hasSize(CONNECTIONS)
        .allSatisfy(entry -> assertThat(entry.getTargetConnectionId()).isNotNull());
    assertThat(first.locked()).extracting(RestoreEntry::getTargetConnectionId).contains(targetId(5), targetId(6));
    assertThat(first.locked()).hasSize(4).allSatisfy(entry -> assertThat(entry.getReason()).isNotBlank());
    assertThat(first.locked()).filteredOn(entry -> entry.getReason().contains("423"))
        .hasSize(2).allSatisfy(entry -> assertThat(entry.getReason()).contains("the previous catalog was put back"));
    assertThat(first.rolledBack()).hasSize(1).allSatisfy(entry -> assertThat(entry.getReason())
        .contains("writing the state of target connection", "the previous catalog was put back"));
    assertThat(first.failed()).hasSize(1).allSatisfy(entry -> assertThat(entry.getReason())
        .contains("writing the catalog of target connection", "500", "nothing was written"));
    assertThat(first.restored()).hasSize(CONNECTIONS - 6);
    // reads repeated once per fault, written values read back once after a failed write (not after a 423);
    // writes never repeated blindly: one per connection (none for the two running ones), three put back
    assertThat(count(target, STATE_GET)).isEqualTo(CONNECTIONS + 3 + 1);
    assertThat(count(target, CATALOG_GET)).isEqualTo(CONNECTIONS + 3 + 2);
    assertThat(count(target, LIST_JOBS)).isEqualTo(CONNECTIONS + 3);
    assertThat(count(target, CATALOG_UPDATE)).isEqualTo(CONNECTIONS - 2 + 3);

    target.jobs().complete(target.jobs().openJob(targetId(5)).orElseThrow().id());
    target.jobs().complete(target.jobs().openJob(targetId(6)).orElseThrow().id());
    RestoreReport rerun = targetWorkspace.restore(snapshot, byName);

    assertThat(rerun.restored()).hasSize(CONNECTIONS);
    assertThat(rerun.getEntries()).filteredOn(entry -> entry.getChanges().isCatalogWritten()).hasSize(6);
    assertTargetEqualsTheSnapshot(CONNECTIONS);
  }

  @Test
  void aDryRunWritesNothingAndReportsWhatWouldChange() {
    seed(CONNECTIONS);
    RestoreReport report = targetWorkspace.restore(snapshot,
        RestorePlan.builder().matchBy(RestorePlan.MatchBy.NAME).dryRun(true).build());

    assertThat(report.isDryRun()).isTrue();
    assertThat(report.withOutcome(RestoreEntry.Outcome.PLANNED)).hasSize(CONNECTIONS);
    assertThat(count(target, CATALOG_UPDATE)).isZero();
    assertThat(count(target, STATE_WRITE)).isZero();
    assertThat(target.requests().all()).allSatisfy(call -> assertThat(call.requestLine())
        .matches("(GET .*|POST /api/v1/(state|web_backend/connections)/get|POST /api/public/v1/applications/token)"));
    RestoreChanges stream = report.getEntries().get(4).getChanges(); // connection 4: stream state, stale target
    assertThat(stream.getCatalogStreamsAdded()).contains("public.stream_0", "stream_1");
    assertThat(stream.getCatalogStreamsRemoved()).containsExactly("public.users", "public.orders", "analytics.events");
    assertThat(stream.getStateStreamsChanged()).containsExactly("public.stream_0", "stream_1", "public.users");
    assertThat(stream.isCatalogWritten()).isTrue();
    assertThat(stream.isStateWritten()).isTrue();
    RestoreChanges legacy = entryNamed(report, "connection 2").getChanges();
    assertThat(legacy.getNotes()).anySatisfy(note -> assertThat(note).contains("legacy state", "written as it is"));
    RestoreChanges notSet = entryNamed(report, "connection 3").getChanges();
    assertThat(notSet.isStateWritten()).isFalse();
    assertThat(notSet.getSnapshotStateType()).isEqualTo("not_set");
  }

  private static RestoreEntry entryNamed(RestoreReport report, String name) {
    return report.getEntries().stream().filter(entry -> entry.getSnapshotName().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void aStateWriteFailingAfterTheCatalogPutsThePreviousCatalogAndStateBack() {
    seed(FEW);
    String token = target.issueToken();
    String stateBefore = SnapshotWorkspace.stateAnswer(target, token, targetId(0));
    String backendBefore = SnapshotWorkspace.backendAnswer(target, token, targetId(0));
    target.faults().on(STATE_WRITE).respond(500);

    RestoreReport report = targetWorkspace.restore(snapshot, RestorePlan.builder()
        .putMapping(SnapshotWorkspace.id(0), targetId(0)).build());

    RestoreEntry entry = report.getEntries().get(0);
    assertThat(entry.getOutcome()).isEqualTo(RestoreEntry.Outcome.ROLLED_BACK);
    assertThat(entry.getReason()).contains("writing the state of target connection " + targetId(0) + " failed",
        "500", "the previous catalog was put back");
    assertThat(count(target, CATALOG_UPDATE)).isEqualTo(2); // the snapshot's, then the previous one
    assertThat(SnapshotWorkspace.stateAnswer(target, token, targetId(0))).isEqualTo(stateBefore);
    assertThat(SnapshotWorkspace.backendAnswer(target, token, targetId(0))).isEqualTo(backendBefore);
  }

  @Test
  void aStateWriteWhoseAnswerIsLostIsReadBackAndCountsAsRestoredWhenItLanded() {
    seed(FEW);
    target.faults().on(STATE_WRITE).truncateBodyAfterHandling();

    RestoreReport report = targetWorkspace.restore(snapshot, RestorePlan.builder()
        .putMapping(SnapshotWorkspace.id(0), targetId(0)).build());

    assertThat(report.getEntries().get(0).getOutcome()).isEqualTo(RestoreEntry.Outcome.RESTORED);
    assertThat(count(target, STATE_GET)).isEqualTo(2); // before, and the read back
    assertThat(count(target, CATALOG_UPDATE)).isEqualTo(1);
    assertTargetEqualsTheSnapshot(1);
  }

  @Test
  void streamStatesTheCatalogLacksAreNotWrittenUnlessTold() {
    seed(FEW);
    FakeAirbyteServer other = FakeAirbyteServer.start();
    try (CloudWorkspace otherWorkspace = Fixtures.builder(other, time).build()) {
      SnapshotWorkspace.seed(other, 1); // states of users and orders, a catalog of stream_0 only
      Path otherSnapshot = afterwards.resolve("other");
      otherWorkspace.snapshot(otherSnapshot);
      RestorePlan.Builder plan = RestorePlan.builder().putMapping(SnapshotWorkspace.id(0), targetId(0));

      RestoreEntry dropped = targetWorkspace.restore(otherSnapshot, plan.build()).getEntries().get(0);

      assertThat(dropped.getOutcome()).isEqualTo(RestoreEntry.Outcome.RESTORED);
      assertThat(dropped.getUnwrittenStreams()).containsExactly("public.users", "orders");
      assertThat(SnapshotWorkspace.stateAnswer(target, target.issueToken(), targetId(0)))
          .contains("\"streamState\":[]").doesNotContain("users");

      RestoreEntry kept = targetWorkspace.restore(otherSnapshot, RestorePlan.builder()
          .putMapping(SnapshotWorkspace.id(0), targetId(0)).writeUnknownStreamStates(true).build())
          .getEntries().get(0);

      assertThat(kept.getUnwrittenStreams()).isEmpty();
      assertThat(kept.getChanges().getNotes()).anySatisfy(note -> assertThat(note)
          .contains("written as told", "public.users", "orders"));
      assertThat(SnapshotWorkspace.stateAnswer(target, target.issueToken(), targetId(0)))
          .contains("\"name\":\"users\"", "\"name\":\"orders\"");
    } finally {
      other.close();
    }
  }

  @Test
  void aCorruptSnapshotFileIsRefusedNamingItAndNeverWritten() throws IOException {
    seed(FEW);
    String corrupt = SnapshotWorkspace.id(1);
    Files.writeString(snapshot.resolve(corrupt + "/catalog.json"), "{\"streams\":[]}");

    RestoreReport report = targetWorkspace.restore(snapshot, RestorePlan.builder()
        .putMapping(SnapshotWorkspace.id(0), targetId(0)).putMapping(corrupt, targetId(1)).build());

    assertThat(report.getEntries().get(0).getOutcome()).isEqualTo(RestoreEntry.Outcome.RESTORED);
    RestoreEntry refused = report.getEntries().get(1);
    assertThat(refused.getOutcome()).isEqualTo(RestoreEntry.Outcome.FAILED);
    assertThat(refused.getReason()).contains("file " + corrupt + "/catalog.json does not match the manifest's"
        + " SHA-256", "nothing was written");
    assertThat(target.requests().all()).noneSatisfy(call -> assertThat(call.body()).contains(targetId(1)));
  }

  @Test
  void aConnectionThatFailedWhenSnapshottedOrIsNotMappedIsSkippedEvenWithACorruptFile() throws IOException {
    seed(FEW);
    Path partial = afterwards.resolve("partial");
    source.faults().on(STATE_GET).respond(500);
    assertThat(sourceWorkspace.snapshot(partial, SnapshotOptions.builder().concurrency(1).build()).failed())
        .hasSize(1);
    Files.writeString(partial.resolve(SnapshotWorkspace.id(2) + "/state.json"), "{}");

    RestoreReport report = targetWorkspace.restore(partial, RestorePlan.builder()
        .putMapping(SnapshotWorkspace.id(0), targetId(0)).putMapping("connection 1", targetId(1)).build());

    assertThat(report.getEntries().get(0).getOutcome()).isEqualTo(RestoreEntry.Outcome.SKIPPED);
    assertThat(report.getEntries().get(0).getReason()).startsWith("not in the snapshot: it failed when snapshotted")
        .contains("500");
    assertThat(report.getEntries().get(1).getOutcome()).isEqualTo(RestoreEntry.Outcome.RESTORED);
    assertThat(report.getEntries().get(2).getOutcome()).isEqualTo(RestoreEntry.Outcome.SKIPPED);
    assertThat(report.getEntries().get(2).getReason()).isEqualTo("not in the mapping");
  }

  @Test
  void aStateOfAnotherTypeThanTheTargetsFailsBeforeAnyWriteBecauseAirbyteNeedsAReset() {
    seed(FEW);
    targetWorkspace.getConnection(targetId(1)).importRawState(staleState(targetId(1))); // snapshot: global
    int writesBefore = count(target, STATE_WRITE);
    RestorePlan.Builder plan = RestorePlan.builder().putMapping(SnapshotWorkspace.id(1), targetId(1));

    RestoreEntry planned = targetWorkspace.restore(snapshot, plan.dryRun(true).build()).getEntries().get(1);
    RestoreEntry failed = targetWorkspace.restore(snapshot, RestorePlan.builder()
        .putMapping(SnapshotWorkspace.id(1), targetId(1)).build()).getEntries().get(1);

    assertThat(planned.getOutcome()).isEqualTo(RestoreEntry.Outcome.PLANNED);
    assertThat(planned.getReason()).contains("has a stream state and the snapshot a global one");
    assertThat(failed.getOutcome()).isEqualTo(RestoreEntry.Outcome.FAILED);
    assertThat(failed.getReason()).contains("only through a reset", "nothing was written");
    assertThat(count(target, STATE_WRITE) - writesBefore + count(target, CATALOG_UPDATE)).isZero();
  }

  @Test
  void aDirectoryWithoutASnapshotIsRefusedBeforeAnyWrite() throws IOException {
    seed(FEW);
    Files.writeString(snapshot.resolve("manifest.json"), "{\"format\":\"something-else\"}");

    assertThatThrownBy(() -> targetWorkspace.restore(snapshot))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("Not an airbytekit snapshot manifest", "Nothing was restored");
    assertThat(count(target, STATE_WRITE) + count(target, CATALOG_UPDATE)).isZero();
  }

  @Test
  void ambiguousAndMissingNamesAreSkippedNamingThem() {
    seed(FEW);
    target.seed().connection("7a76e700-0000-4000-8000-00000000ffff",
        c -> c.name("connection 7").source(TARGET_SOURCE).destination(TARGET_DESTINATION));
    targetWorkspace.permanentlyDeleteConnection(targetId(8), false, false, false);

    RestoreReport report = targetWorkspace.restore(snapshot, RestorePlan.builder()
        .matchBy(RestorePlan.MatchBy.NAME).addConnections("connection 7", "connection 8", SnapshotWorkspace.id(9))
        .dryRun(true)
        .build());

    assertThat(report.getEntries()).extracting(RestoreEntry::getOutcome)
        .containsExactly(RestoreEntry.Outcome.SKIPPED, RestoreEntry.Outcome.SKIPPED, RestoreEntry.Outcome.PLANNED);
    assertThat(report.getEntries().get(0).getReason()).contains("the name 'connection 7' is ambiguous",
        "2 connections of workspace", targetId(7), "7a76e700-0000-4000-8000-00000000ffff");
    assertThat(report.getEntries().get(1).getReason())
        .isEqualTo("no connection named 'connection 8' in workspace " + target.workspaceId());
  }

  @Test
  void aMappingNamingNoSnapshotConnectionIsBadInputAndWritesNothing() {
    seed(FEW);
    assertThatThrownBy(() -> targetWorkspace.restore(snapshot, RestorePlan.builder()
        .putMapping("no such connection", targetId(0)).build()))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("mapping names 'no such connection', which is neither the id nor the name");
    assertThat(count(target, STATE_GET)).isZero();
  }

  @Test
  void mappingFileErrorsNameTheJsonPath() throws IOException {
    Path file = Files.createTempFile(afterwards.getParent(), "mapping", ".json");
    Files.writeString(file, "{\"connection 1\": \"" + targetId(1) + "\", \"connection 2\": 42}");

    assertThatThrownBy(() -> RestorePlan.readMapping(file))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("at $.connection 2: expected a target connection id (a string), was number");

    Files.writeString(file, "{\"connection 1\": \"not-an-id\"}");
    assertThatThrownBy(() -> RestorePlan.readMapping(file))
        .hasMessageContaining("at $.connection 1: 'not-an-id' is not a connection id (a UUID)");
  }

  @Test
  void aRestoreByIdIntoTheSameWorkspacePutsTheSnapshotsStateBack() {
    seed(FEW);
    CloudConnection connection = sourceWorkspace.getConnection(SnapshotWorkspace.id(0));
    String before = connection.dumpRawStateJson(io.github.airbytekit.domain.JsonForm.CONFIG_API);
    connection.setStreamState("stream_0", "public", RawJson.of("{\"cursor\":\"moved on\"}"));

    RestoreReport report = sourceWorkspace.restore(snapshot, RestorePlan.builder()
        .addConnections(SnapshotWorkspace.id(0)).build());

    assertThat(report.restored()).hasSize(1);
    assertThat(report.getEntries().get(0).getChanges().isCatalogWritten()).isFalse();
    assertThat(report.getEntries().get(0).getChanges().getStateStreamsChanged()).containsExactly("public.stream_0");
    assertThat(connection.dumpRawStateJson(io.github.airbytekit.domain.JsonForm.CONFIG_API)).isEqualTo(before);
  }

  @Test
  void theListenerHearsEveryConnection() {
    seed(FEW);
    List<String> heard = new CopyOnWriteArrayList<>();
    RestoreListener listener = new RestoreListener() {
      @Override
      public void started(int total) {
        heard.add("started " + total);
      }

      @Override
      public void entryFinished(RestoreEntry entry, int done, int total) {
        heard.add(done + "/" + total);
      }
    };

    targetWorkspace.restore(snapshot, RestorePlan.builder().matchBy(RestorePlan.MatchBy.NAME).dryRun(true)
        .concurrency(2).listener(listener).build());

    assertThat(heard).hasSize(FEW + 1).startsWith("started 12").endsWith("12/12");
  }
}
