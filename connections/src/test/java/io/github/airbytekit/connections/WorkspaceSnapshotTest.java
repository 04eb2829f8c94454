package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_GET;
import static io.github.airbytekit.connections.Fixtures.LIST_JOBS;
import static io.github.airbytekit.connections.Fixtures.STATE_GET;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.connections.internal.snapshot.LimiterEvents;
import io.github.airbytekit.connections.internal.snapshot.SharedRateLimiter;
import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSnapshotTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();
  private static final int CONNECTIONS = 200;
  private static final String LISTINGS = "GET /api/public/v1/connections";

  @TempDir Path directory;
  private FakeAirbyteServer server;
  private SnapshotWorkspace seeded;
  private VirtualTime time;
  private CloudWorkspace workspace;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    seeded = SnapshotWorkspace.seed(server, CONNECTIONS);
    time = VirtualTime.startingNow();
    workspace = Fixtures.builder(server, time).build();
  }

  private int count(String pattern) {
    return server.requests().matching(pattern).count();
  }

  /** Every state and catalog file is byte for byte what the fake answers (read without airbytekit). */
  private void assertFilesEqualTheFakesAnswers() {
    String token = server.issueToken();
    for (String id : seeded.states.keySet()) {
      assertThat(read(id + "/state.json")).as(id).isEqualTo(SnapshotWorkspace.stateAnswer(server, token, id));
      String catalog = read(id + "/catalog.json");
      assertThat(catalog).as(id).isEqualTo(AirbyteJson.syncCatalog().write(seeded.catalogs.get(id)));
      assertThat(SnapshotWorkspace.backendAnswer(server, token, id)).contains("\"syncCatalog\":" + catalog);
    }
  }

  private String read(String relative) {
    try {
      return Files.readString(directory.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyStateAndCatalogOfTwoHundredConnectionsIsWrittenByteForByte() throws Exception {
    SnapshotReport report = workspace.snapshot(directory);

    assertThat(report.written()).hasSize(CONNECTIONS);
    assertThat(report.isComplete()).isTrue();
    assertThat(report.inconsistent()).isEmpty();
    assertThat(seeded.states.values()).extracting(state -> state.getStateType().wireValue())
        .contains("stream", "global", "legacy", "not_set");
    SnapshotEntry first = report.getEntries().get(0);
    assertThat(first.getFiles()).containsOnlyKeys(first.getConnectionId() + "/state.json",
        first.getConnectionId() + "/catalog.json", first.getConnectionId() + "/settings.json");
    for (Map.Entry<String, String> file : first.getFiles().entrySet()) {
      assertThat(sha256(read(file.getKey()))).isEqualTo(file.getValue());
    }
    // four requests per connection, two listing pages and one token: the snapshot uses the workspace's
    assertThat(count(STATE_GET)).isEqualTo(CONNECTIONS);
    assertThat(count(CATALOG_GET)).isEqualTo(CONNECTIONS);
    assertThat(count(LIST_JOBS)).isEqualTo(2 * CONNECTIONS);
    assertThat(count(LISTINGS)).isEqualTo(2);
    assertThat(count(TOKEN)).isEqualTo(1);
    assertThat(server.requests().count()).isEqualTo(4 * CONNECTIONS + 2 + 1);
    assertFilesEqualTheFakesAnswers();
  }

  @Test
  void snapshotsAndLiveDiffsUseTheWorkspacesTokenSoClientCredentialsMintOnlyOne(@TempDir Path second) {
    SnapshotOptions one = SnapshotOptions.builder().addConnectionIds(SnapshotWorkspace.id(1)).build();

    workspace.snapshot(directory, one);
    workspace.snapshot(second, one);
    workspace.diffSnapshot(directory, one);

    assertThat(count(TOKEN)).isEqualTo(1);
    assertThat(count(STATE_GET)).isEqualTo(3);
  }

  @Test
  void theManifestNamesVersionTimesChecksumsAndWhatWasRead() {
    SnapshotReport report = workspace.snapshot(directory);

    String manifest = read("manifest.json");
    String id = SnapshotWorkspace.id(1);
    assertThat(manifest).contains("\"format\": \"airbytekit-snapshot/1\"", "\"airbytekitVersion\": ",
        "\"workspaceId\": \"" + server.workspaceId() + "\"", "\"createdAt\": ", "\"updatedAt\": ",
        "\"" + id + "\": {", "\"stateType\": \"global\"", "\"catalogStreams\": 2",
        "\"" + id + "/state.json\": \"" + report.getEntries().get(1).getFiles().get(id + "/state.json") + "\"");
    assertThat(report.getManifest()).isEqualTo(directory.resolve("manifest.json"));
  }

  @Test
  void settingsNameTheScheduleNamespaceAndConnectorsButNoConfiguration() {
    workspace.snapshot(directory, SnapshotOptions.builder().addConnectionIds(SnapshotWorkspace.id(3)).build());

    String settings = read(SnapshotWorkspace.id(3) + "/settings.json");
    assertThat(settings).contains("\"name\": \"connection 3\"", "\"status\": \"active\"",
        "\"scheduleType\": \"cron\"", "\"cronExpression\": \"0 0 3 * * ?\"", "\"prefix\": \"p3_\"",
        "\"namespaceDefinition\": \"destination\"", "\"name\": \"Stripe\"", "\"sourceDefinitionId\": \"",
        "\"name\": \"Warehouse\"", "\"destinationDefinitionId\": \"");
    assertThat(settings).doesNotContain("connectionConfiguration", "syncCatalog");
  }

  @Test
  void burstsOfTooManyRequestsServerErrorsAndDroppedConnectionsLoseNothing() {
    server.faults().on(STATE_GET).times(3).tooManyRequests(Duration.ofSeconds(2));
    server.faults().on(CATALOG_GET).times(3).respond(503);
    server.faults().on(LIST_JOBS).times(2).respond(502);
    server.faults().on(LIST_JOBS).dropConnection(); // at most 3 faults per endpoint: no read runs out of attempts

    SnapshotReport report = workspace.snapshot(directory);

    assertThat(report.failed()).isEmpty();
    assertThat(report.written()).hasSize(CONNECTIONS);
    assertThat(time.sleeps()).contains(Duration.ofSeconds(2)); // Retry-After honoured
    assertThat(server.faults().armed()).isZero();
    // each faulted request is sent once more, nothing else is repeated
    assertThat(count(STATE_GET)).isEqualTo(CONNECTIONS + 3);
    assertThat(count(CATALOG_GET)).isEqualTo(CONNECTIONS + 3);
    assertThat(count(LIST_JOBS)).isEqualTo(2 * CONNECTIONS + 3);
    assertFilesEqualTheFakesAnswers();
  }

  @Test
  void aFailingConnectionIsReportedTheOthersGoOnAndARerunFetchesOnlyIt() {
    server.faults().on(STATE_GET).respond(500);

    SnapshotReport first = workspace.snapshot(directory, SnapshotOptions.builder().concurrency(1).build());

    assertThat(first.failed()).hasSize(1);
    SnapshotEntry failed = first.failed().get(0);
    assertThat(failed.getConnectionId()).isEqualTo(SnapshotWorkspace.id(0));
    assertThat(failed.getError()).contains("Connection " + SnapshotWorkspace.id(0), "500", "state/get");
    assertThat(first.written()).hasSize(CONNECTIONS - 1);
    assertThat(read("manifest.json")).contains("\"outcome\": \"failed\"");

    int statesBefore = count(STATE_GET);
    SnapshotReport second = workspace.snapshot(directory);

    assertThat(second.written()).extracting(SnapshotEntry::getConnectionId).containsExactly(SnapshotWorkspace.id(0));
    assertThat(second.skipped()).hasSize(CONNECTIONS - 1);
    assertThat(count(STATE_GET) - statesBefore).isEqualTo(1);
    assertThat(read("manifest.json")).doesNotContain("\"outcome\": \"failed\"");
    assertFilesEqualTheFakesAnswers();
  }

  @Test
  void aRerunOfAnInterruptedSnapshotFetchesOnlyWhatIsMissing() throws Exception {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Thread> caller = new AtomicReference<>();
    SnapshotOptions interrupting = SnapshotOptions.builder().listener((entry, done, total) -> {
      if (done == 60) {
        caller.get().interrupt(); // as a user's Ctrl-C would, on the thread that called snapshot
      }
    }).build();
    Thread run = new Thread(() -> {
      try {
        workspace.snapshot(directory, interrupting);
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    caller.set(run);
    run.start();
    run.join(60_000);

    assertThat(outcome.get()).isInstanceOf(AirbyteException.class).hasMessageContaining("interrupted after");
    int statesBefore = count(STATE_GET);

    SnapshotReport rerun = workspace.snapshot(directory);

    assertThat(rerun.skipped().size()).isBetween(60, CONNECTIONS - 1);
    assertThat(rerun.skipped().size() + rerun.written().size()).isEqualTo(CONNECTIONS);
    assertThat(count(STATE_GET) - statesBefore).isEqualTo(rerun.written().size());
    assertFilesEqualTheFakesAnswers();
  }

  @Test
  void aChangedFileIsFetchedAgain() throws Exception {
    workspace.snapshot(directory);
    String id = SnapshotWorkspace.id(7);
    Files.writeString(directory.resolve(id + "/state.json"), "{}");
    int statesBefore = count(STATE_GET);

    SnapshotReport rerun = workspace.snapshot(directory);

    assertThat(rerun.written()).extracting(SnapshotEntry::getConnectionId).containsExactly(id);
    assertThat(count(STATE_GET) - statesBefore).isEqualTo(1);
    assertFilesEqualTheFakesAnswers();
  }

  @Test
  void aSyncRunningThroughoutIsReadAgainThenWrittenAndMarked() {
    String id = SnapshotWorkspace.id(5);
    server.seed().job(id, FakeJobStatus.RUNNING);

    SnapshotReport report = workspace.snapshot(directory, SnapshotOptions.builder().addConnectionIds(id).build());

    SnapshotEntry entry = report.getEntries().get(0);
    assertThat(entry.getOutcome()).isEqualTo(SnapshotEntry.Outcome.WRITTEN);
    assertThat(entry.isConsistent()).isFalse();
    assertThat(entry.getAttempts()).isEqualTo(3);
    assertThat(report.inconsistent()).containsExactly(entry);
    assertThat(count(STATE_GET)).isEqualTo(3);
    assertThat(read("manifest.json")).contains("\"consistent\": false");
  }

  @Test
  void aSyncEndingBetweenTheReadsIsReadOnceMoreAndThenConsistent() {
    String id = SnapshotWorkspace.id(6);
    server.seed().job(id, FakeJobStatus.RUNNING);
    long job = server.jobs().openJob(id).orElseThrow().id();
    time.at(Duration.ofMillis(1), () -> server.jobs().complete(job)); // during the pause before the second read

    SnapshotReport report = workspace.snapshot(directory, SnapshotOptions.builder().addConnectionIds(id).build());

    SnapshotEntry entry = report.getEntries().get(0);
    assertThat(entry.isConsistent()).isTrue();
    assertThat(entry.getAttempts()).isEqualTo(2);
    assertThat(count(STATE_GET)).isEqualTo(2);
  }

  @Test
  void aRequestedConnectionOutsideTheWorkspaceFailsWithoutARequest() {
    String unknown = "0ddba11a-0000-4000-8000-000000000042";

    SnapshotReport report = workspace.snapshot(directory,
        SnapshotOptions.builder().addConnectionIds(SnapshotWorkspace.id(2), unknown).build());

    assertThat(report.getEntries()).extracting(SnapshotEntry::getOutcome)
        .containsExactly(SnapshotEntry.Outcome.WRITTEN, SnapshotEntry.Outcome.FAILED);
    assertThat(report.failed().get(0).getError()).contains(unknown, "not a connection of workspace");
    assertThat(count(STATE_GET)).isEqualTo(1);
  }

  @Test
  void aDirectoryWithAnotherWorkspacesSnapshotIsRefused() throws Exception {
    Files.writeString(directory.resolve("manifest.json"),
        "{\"format\":\"airbytekit-snapshot/1\",\"workspaceId\":\"0ddba11a-0000-4000-8000-000000000009\"}");

    assertThatThrownBy(() -> workspace.snapshot(directory))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("is of workspace 0ddba11a-0000-4000-8000-000000000009");
    assertThat(count(STATE_GET)).isZero();
  }

  @Test
  void invalidOptionsAreAllReportedAtOnce() {
    assertThatThrownBy(() -> SnapshotOptions.builder().concurrency(0).consistencyAttempts(0).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid SnapshotOptions: concurrency must be at least 1, was 0; consistencyAttempts must be"
            + " at least 1, was 0");
  }

  @Test
  void aTooManyRequestsPauseSeenByOneWorkerHoldsBackEveryWorker() {
    SharedRateLimiter limiter = new SharedRateLimiter(time.clock(), time.sleeper());
    AirbyteEventListener events = new LimiterEvents(AirbyteEventListener.NONE, limiter);
    events.retry("POST", "http://x/api/v1/state/get", 1, Duration.ofSeconds(5), "HTTP 429");
    events.retry("POST", "http://x/api/v1/state/get", 1, Duration.ofSeconds(9), "HTTP 503");

    assertThat(limiter.remaining()).isEqualTo(Duration.ofSeconds(5));
    limiter.awaitTurn();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    assertThat(limiter.remaining().isNegative() || limiter.remaining().isZero()).isTrue();
    limiter.awaitTurn();
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void theListenerHearsEveryConnection() {
    List<String> heard = new CopyOnWriteArrayList<>();
    SnapshotListener listener = new SnapshotListener() {
      @Override
      public void started(int total) {
        heard.add("started " + total);
      }

      @Override
      public void entryFinished(SnapshotEntry entry, int done, int total) {
        heard.add(done + "/" + total);
      }
    };

    workspace.snapshot(directory, SnapshotOptions.builder().listener(listener).concurrency(2).build());

    assertThat(heard).hasSize(CONNECTIONS + 1).startsWith("started 200").endsWith("200/200");
  }
}
