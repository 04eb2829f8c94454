package io.github.airbytekit.kotlintests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteNotFoundException;
import io.github.airbytekit.connections.AirbyteSyncException;
import io.github.airbytekit.connections.AirbyteTransportException;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.JobQuery;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.SyncAlreadyRunningException;
import io.github.airbytekit.connections.SyncOptions;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The same calls as the Kotlin tests, from Java: the API reads well in both languages. */
class JavaApiTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final String CONNECTION_ID = "0c0c0c0c-0000-4000-8000-00000000c071";

  private FakeAirbyteServer server;
  private CloudConnection connection;

  @BeforeEach
  void seed() {
    server = AIRBYTE.server();
    server.seed()
        .source(Fixtures.SOURCE_ID, "Postgres", "postgres")
        .destination(Fixtures.DESTINATION_ID, "BigQuery", "bigquery")
        .connection(CONNECTION_ID, c -> c.name("nightly").syncCatalog(Fixtures.catalog())
            .state(Fixtures.streamState()));
    connection = workspace().getConnection(CONNECTION_ID);
  }

  private CloudWorkspace workspace() {
    return CloudWorkspace.builder()
        .workspaceId(server.workspaceId())
        .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
        .apiRoot(server.apiRoot())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).build())
        .build();
  }

  @Test
  void aWorkspaceBuiltFromCredentialsReadsAConnection() {
    String workspaceId = server.workspaceId();
    String clientId = server.clientId();
    String clientSecret = server.clientSecret();
    String apiRoot = server.apiRoot();
    String connectionId = CONNECTION_ID;

    // readme:java-workspace start
    CloudWorkspace workspace = CloudWorkspace.builder()
        .workspaceId(workspaceId)
        .clientCredentials(clientId, Secret.of(clientSecret))
        .apiRoot(apiRoot) // default https://api.airbyte.com/v1 (Airbyte Cloud)
        .build();

    CloudConnection connection = workspace.getConnection(connectionId);
    String name = connection.name();
    List<String> streams = connection.streamNames();
    // readme:java-workspace end

    assertThat(name).isEqualTo("nightly");
    assertThat(streams).containsExactly("users", "orders");
    assertThat(connection.schedule().getCronExpression()).isNull();
  }

  @Test
  void aSyncRunsAndIsWaitedFor() {
    // readme:java-sync-wait start
    SyncResult result = connection.runSync(Duration.ofMinutes(30)); // throws SyncFailedException / SyncTimeoutException
    long records = result.recordsSynced();
    Duration took = result.duration(); // @Nullable: null while the job has not ended
    // readme:java-sync-wait end

    assertThat(result.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(records).isEqualTo(1000);
    assertThat(took).isNotNull();
  }

  @Test
  void historyReadsNewestFirst() {
    server.seed().job(CONNECTION_ID, FakeJobStatus.SUCCEEDED).job(CONNECTION_ID, FakeJobStatus.FAILED);

    List<SyncResult> history = connection.getPreviousSyncLogs(JobQuery.builder().limit(10).build());
    Optional<SyncResult> newest = connection.getSyncResult();

    assertThat(history).hasSize(2);
    assertThat(newest.map(SyncResult::jobId)).contains(history.get(0).jobId());
  }

  @Test
  void stateIsBackedUpAndRestored(@TempDir Path dir) throws IOException {
    Path backupFile = dir.resolve("nightly-state.json");

    // readme:java-state-backup start
    // Back up: Airbyte's own (Config API) JSON, byte for byte.
    Files.writeString(backupFile, connection.dumpRawStateJson(JsonForm.CONFIG_API));

    // … a sync or a manual edit changes the state …
    connection.setStreamState("users", "public", RawJson.of("{\"cursor\":\"1970-01-01T00:00:00Z\"}"));

    // Restore: JSON of either form (Config API or protocol messages), detected strictly.
    ConnectionState restored = connection.importRawStateJson(Files.readString(backupFile));
    // readme:java-state-backup end

    assertThat(connection.getStreamState("users", "public")).contains(Fixtures.USERS_CURSOR);
    assertThat(restored.streams()).hasSize(2);
  }

  @Test
  void stateInBothForms() {
    List<AirbyteStateMessage> messages = connection.dumpRawState();
    ConnectionState config = connection.dumpRawConnectionState();
    String protocolJson = connection.dumpRawStateJson(JsonForm.PROTOCOL);

    assertThat(connection.importRawState(messages).streams()).isEqualTo(config.streams());
    assertThat(connection.importRawState(config).streams()).isEqualTo(config.streams());
    assertThat(AirbyteJson.detectStateForm(protocolJson)).isEqualTo(JsonForm.PROTOCOL);
    assertThat(connection.importRawStateJson(protocolJson).streams()).isEqualTo(config.streams());
  }

  @Test
  void oneStreamsCursorIsEdited() {
    // readme:java-cursor-edit start
    Optional<RawJson> before = connection.getStreamState("users", "public"); // empty: no such stream
    connection.setStreamState("users", "public", RawJson.of("{\"cursor\":\"2024-06-01T00:00:00Z\"}"));
    // readme:java-cursor-edit end

    assertThat(before).contains(Fixtures.USERS_CURSOR);
    assertThat(connection.getStreamState("users", "public"))
        .contains(RawJson.of("{\"cursor\":\"2024-06-01T00:00:00Z\"}"));
    assertThat(connection.getStreamState("orders", "public")).contains(Fixtures.ORDERS_CURSOR);
  }

  @Test
  void theCatalogIsSnapshottedAndRestored() {
    // readme:java-catalog-snapshot start
    Optional<String> snapshot = connection.dumpRawCatalogJson(JsonForm.PROTOCOL); // empty: no catalog yet
    // … streams get deselected or reconfigured …
    snapshot.ifPresent(connection::importRawCatalogJson); // either form; Airbyte's reset is skipped
    // readme:java-catalog-snapshot end

    assertThat(snapshot).isPresent();
    SyncCatalog stored = connection.dumpRawSyncCatalog().orElseThrow();
    assertThat(stored.getStreams()).hasSize(3);
    assertThat(connection.dumpRawCatalog()).isPresent();
  }

  @Test
  void failuresAreOneUncheckedHierarchy() {
    server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
    SyncResult running = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());

    assertThatThrownBy(connection::runSync)
        .isInstanceOfSatisfying(SyncAlreadyRunningException.class,
            e -> assertThat(e.runningJob().map(SyncResult::jobId)).contains(running.jobId()));
    assertThatThrownBy(() -> connection.setStreamState("users", "public", RawJson.of("{}")))
        .isInstanceOf(ConnectionSyncActiveException.class);
    assertThatThrownBy(() -> workspace().getConnection("00000000-0000-4000-8000-0000000000ff").name())
        .isInstanceOf(AirbyteNotFoundException.class);

    // readme:java-errors start
    String outcome;
    try {
      outcome = "synced " + connection.runSync().recordsSynced() + " records";
    } catch (AirbyteSyncException e) { // SyncFailedException, SyncTimeoutException
      outcome = "job " + e.jobId() + " ended " + e.status() + "; logs: " + e.jobUrl();
    } catch (AirbyteApiException e) { // 401/403, 404, 409, 423, 429, …
      outcome = "HTTP " + e.statusCode() + " from " + e.method() + " " + e.url();
    } catch (AirbyteTransportException e) {
      outcome = "network: " + e.getMessage();
    } catch (AirbyteException e) { // the root of every exception of the library
      outcome = "failed: " + e.getMessage();
    }
    // readme:java-errors end

    assertThat(outcome).startsWith("HTTP 409 from POST ");
  }
}
