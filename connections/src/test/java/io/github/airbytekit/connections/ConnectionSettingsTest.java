package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CATALOG_GET;
import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static io.github.airbytekit.connections.Fixtures.GET_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.PATCH_CONNECTION;
import static io.github.airbytekit.connections.Fixtures.TOKEN;
import static io.github.airbytekit.connections.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionSettingsTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private FakeAirbyteServer server;
  private CloudWorkspace workspace;
  private CloudConnection connection;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "nightly");
    workspace = Fixtures.workspace(server);
    connection = workspace.getConnection(CONNECTION_ID);
  }

  private String lastPatchBody() {
    return server.requests().matching(PATCH_CONNECTION).last().orElseThrow().body();
  }

  @Test
  void renameIsOnePatchAndCachesTheResponse() {
    assertThat(connection.rename("nightly v2")).isSameAs(connection);

    assertThat(lastPatchBody()).isEqualTo("{\"name\":\"nightly v2\"}");
    assertThat(connection.name()).isEqualTo("nightly v2");
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION);
  }

  @Test
  void setTablePrefixSendsEvenAnEmptyPrefix() {
    connection.setTablePrefix("");

    assertThat(lastPatchBody()).isEqualTo("{\"prefix\":\"\"}");
    assertThat(connection.tablePrefix()).isEmpty();
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION);
  }

  @Test
  void setScheduleSendsValidQuartzCron() {
    connection.setSchedule("0 0 12 * * ?");

    assertThat(lastPatchBody())
        .isEqualTo("{\"schedule\":{\"cronExpression\":\"0 0 12 * * ?\",\"scheduleType\":\"cron\"}}");
    assertThat(connection.schedule().getType()).isEqualTo("cron");
    assertThat(connection.schedule().getCronExpression()).isEqualTo("0 0 12 * * ?");
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION);
  }

  @Test
  void unixCronIsRejectedLocallyWithTheQuartzSuggestion() {
    assertThatThrownBy(() -> connection.setSchedule("0 12 * * *"))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("'0 12 * * *' looks like a 5-field Unix cron expression, which Airbyte rejects: Airbyte expects"
            + " Quartz cron (seconds minutes hours day-of-month month day-of-week [year]). Try '0 0 12 * * ?'.");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void setManualScheduleOmitsTheCronExpression() {
    connection.setManualSchedule();

    assertThat(lastPatchBody()).isEqualTo("{\"schedule\":{\"scheduleType\":\"manual\"}}");
  }

  @Test
  void isEnabledAlwaysAsks() {
    assertThat(connection.isEnabled()).isTrue();
    assertThat(connection.isEnabled()).isTrue();

    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, GET_CONNECTION);
  }

  @Test
  void setEnabledIsGetThenPatchOnlyWhenItChanges() {
    connection.setEnabled(false);

    assertThat(lastPatchBody()).isEqualTo("{\"status\":\"inactive\"}");
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, PATCH_CONNECTION);
    assertThat(connection.isEnabled()).isFalse();

    connection.setEnabled(false);
    assertThat(server.requests().matching(PATCH_CONNECTION).count()).isEqualTo(1);
  }

  @Test
  void aNoopIsAnErrorWhenNotIgnored() {
    assertThatThrownBy(() -> connection.setEnabled(true, false))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Connection " + CONNECTION_ID + " is already enabled (status active).");
    assertThat(server.requests().matching(PATCH_CONNECTION).count()).isZero();
  }

  @Test
  void aDeprecatedConnectionIsNeitherEnabledNorChanged() {
    server.seed().connection(CONNECTION_ID, c -> c.status("deprecated"));

    assertThat(connection.isEnabled()).isFalse();
    assertThat(connection.status()).isEqualTo(ConnectionStatus.DEPRECATED);
    assertThatThrownBy(() -> connection.setEnabled(false))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("has status deprecated, which only Airbyte changes");
    assertThat(server.requests().matching(PATCH_CONNECTION).count()).isZero();
  }

  @Test
  void setSelectedStreamsKeepsTheSettingsOfStreamsThatStaySelected() {
    connection.setSelectedStreams(List.of("users", "events"));

    // users is sent back exactly as Airbyte reported it; events is new and gets Airbyte's defaults.
    assertThat(lastPatchBody()).isEqualTo("{\"configurations\":{\"streams\":["
        + "{\"name\":\"users\",\"namespace\":\"public\",\"syncMode\":\"incremental_deduped_history\","
        + "\"cursorField\":[\"updated_at\"],\"primaryKey\":[[\"id\"]]},"
        + "{\"name\":\"events\",\"namespace\":\"analytics\"}]}}");
    assertThat(lines(server)).containsExactly(TOKEN, GET_CONNECTION, CATALOG_GET, PATCH_CONNECTION);
    assertThat(connection.streamNames()).containsExactlyInAnyOrder("users", "events");
    assertThat(connection.dumpRawSyncCatalog().orElseThrow().getStreams())
        .filteredOn(e -> e.getStream().getName().equals("users"))
        .singleElement()
        .satisfies(e -> assertThat(e.getConfig().getCursorField()).containsExactly("updated_at"));
  }

  @Test
  void setSelectedStreamsChecksNamesAgainstTheCatalogAndChangesNothingOnError() {
    assertThatThrownBy(() -> connection.setSelectedStreams(List.of("users", "invoices")))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Cannot select streams on connection " + CONNECTION_ID + ": unknown stream invoices."
            + " Streams in its catalog: public.users, public.orders, analytics.events. Nothing was changed.");
    assertThat(server.requests().matching(PATCH_CONNECTION).count()).isZero();
  }

  @Test
  void setSelectedStreamsChecksNamespaces() {
    assertThatThrownBy(() -> connection.setSelectedStreamDescriptors(List.of(StreamDescriptor.of("users", "crm"))))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("unknown stream crm.users");

    connection.setSelectedStreamDescriptors(List.of(StreamDescriptor.of("events", "analytics")));
    assertThat(connection.streamNames()).containsExactly("events");
  }

  @Test
  void anEmptySelectionIsRejectedWithoutRequests() {
    assertThatThrownBy(() -> connection.setSelectedStreams(List.of()))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("Select at least one stream");
    assertThat(server.requests().count()).isZero();
  }
}
