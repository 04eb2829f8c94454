package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.PATCH_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.RecordedCall;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Before 1.8.0 Airbyte's stream configurations have no {@code namespace}: the selection is sent by name only, and
 * two selected streams of one name are refused before anything is written.
 */
class StreamSelectionByNameTest {
  /** users in two namespaces, and events. */
  private static SyncCatalog twoUsers() {
    return SyncCatalog.builder()
        .addStreams(entry("users", "public", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE, true))
        .addStreams(entry("users", "crm", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE, false))
        .addStreams(entry("events", "analytics", SyncMode.FULL_REFRESH, DestinationSyncMode.APPEND, false))
        .build();
  }

  private static FakeAirbyteServer fake(String version) {
    return fake(version, twoUsers());
  }

  private static FakeAirbyteServer fake(String version, SyncCatalog catalog) {
    FakeAirbyteServer server = FakeAirbyteServer.builder().airbyteVersion(version).build();
    server.seed()
        .source(Fixtures.SOURCE_ID, "Postgres", "postgres")
        .destination(Fixtures.DESTINATION_ID, "BigQuery", "bigquery")
        .connection(CONNECTION_ID, c -> c.name("by name").syncCatalog(catalog));
    return server;
  }

  private static List<String> patches(FakeAirbyteServer server) {
    return server.requests().matching(PATCH_CONNECTION).all().stream().map(RecordedCall::body)
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "1.6.0"})
  void anOldVersionIsSentStreamNamesOnly(String version) {
    try (FakeAirbyteServer server = fake(version, Fixtures.catalog());
        CloudWorkspace workspace = Fixtures.builder(server).airbyteVersion(version).build()) {
      workspace.getConnection(CONNECTION_ID).setSelectedStreamDescriptors(List.of(
          StreamDescriptor.of("users", "public"), StreamDescriptor.of("events", "analytics")));

      assertThat(patches(server)).hasSize(1);
      assertThat(patches(server).get(0)).doesNotContain("namespace").contains("\"name\":\"events\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.4.0", "1.6.0"})
  void anOldVersionRefusesTwoSelectedStreamsOfOneName(String version) {
    try (FakeAirbyteServer server = fake(version);
        CloudWorkspace workspace = Fixtures.builder(server).airbyteVersion(version).build()) {
      CloudConnection connection = workspace.getConnection(CONNECTION_ID);

      assertThatThrownBy(() -> connection.setSelectedStreamDescriptors(List.of(
          StreamDescriptor.of("users", "public"), StreamDescriptor.of("users", "crm"))))
          .isInstanceOf(AirbyteInputException.class)
          .hasMessage("Cannot select streams on connection " + CONNECTION_ID + ": Airbyte " + version
              + " selects streams by name only (its stream configurations have no namespace), and stream name"
              + " users is selected in namespaces public, crm. Select one stream of each name, or upgrade Airbyte"
              + " to 1.8.0 or later. Nothing was changed.");
      assertThat(patches(server)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.8.0", "2.0.0", "latest"})
  void aVersionWithNamespacesSelectsBothStreamsOfOneName(String version) {
    try (FakeAirbyteServer server = fake(version);
        CloudWorkspace workspace = Fixtures.builder(server).airbyteVersion(version).build()) {
      workspace.getConnection(CONNECTION_ID).setSelectedStreamDescriptors(List.of(
          StreamDescriptor.of("users", "public"), StreamDescriptor.of("users", "crm")));

      assertThat(patches(server)).singleElement().asString()
          .contains("\"namespace\":\"public\"").contains("\"namespace\":\"crm\"");
    }
  }
}
