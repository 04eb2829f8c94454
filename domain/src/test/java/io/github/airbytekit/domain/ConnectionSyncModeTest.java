package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionSyncModeTest {

  @Test
  void theNineWireValuesOfThePublicApiAreKnown() {
    assertThat(ConnectionSyncMode.knownValues()).extracting(OpenValue::wireValue).containsExactly(
        "full_refresh_overwrite", "full_refresh_overwrite_deduped", "full_refresh_append", "full_refresh_update",
        "full_refresh_soft_delete", "incremental_append", "incremental_deduped_history", "incremental_update",
        "incremental_soft_delete");
  }

  @Test
  void eachKnownValueSplitsIntoASourceAndADestinationModeAndFusesBack() {
    for (ConnectionSyncMode mode : ConnectionSyncMode.knownValues()) {
      assertThat(ConnectionSyncMode.forModes(mode.syncMode(), mode.destinationSyncMode())).containsSame(mode);
    }
    assertThat(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY.syncMode()).isSameAs(SyncMode.INCREMENTAL);
    assertThat(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY.destinationSyncMode())
        .isSameAs(DestinationSyncMode.APPEND_DEDUP);
    assertThat(ConnectionSyncMode.FULL_REFRESH_OVERWRITE_DEDUPED.destinationSyncMode())
        .isSameAs(DestinationSyncMode.OVERWRITE_DEDUP);
  }

  @Test
  void pairsWithoutAPublicApiValueHaveNone() {
    assertThat(ConnectionSyncMode.forModes(SyncMode.FULL_REFRESH, DestinationSyncMode.APPEND_DEDUP)).isEmpty();
    assertThat(ConnectionSyncMode.forModes(SyncMode.INCREMENTAL, DestinationSyncMode.OVERWRITE)).isEmpty();
    assertThat(ConnectionSyncMode.forModes(SyncMode.of("resumable"), DestinationSyncMode.APPEND)).isEmpty();
  }

  @Test
  void anUnknownValueHasNoParts() {
    ConnectionSyncMode later = ConnectionSyncMode.of("incremental_resumable");

    assertThat(later.isKnown()).isFalse();
    assertThat(later.syncMode()).isNull();
    assertThat(later.destinationSyncMode()).isNull();
    assertThat(List.of(later)).extracting(OpenValue::wireValue).containsExactly("incremental_resumable");
  }
}
