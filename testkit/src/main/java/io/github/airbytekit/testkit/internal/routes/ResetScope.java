package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a catalog update resets, as Airbyte decides it: the changed streams (their state: {@code StateScopes}). */
final class ResetScope {
  private ResetScope() {}

  /**
   * Streams whose data a catalog update invalidates: selected in the new catalog and newly selected, or with a
   * different sync mode, destination sync mode, cursor or primary key.
   */
  static List<StreamId> changedStreams(SyncCatalog before, SyncCatalog after) {
    Map<StreamId, SyncCatalogEntry> old = new HashMap<>();
    before.getStreams().forEach(entry -> old.put(entry.id(), entry));
    List<StreamId> changed = new ArrayList<>();
    for (SyncCatalogEntry entry : after.getStreams()) {
      SyncCatalogEntry previous = old.get(entry.id());
      if (PublicConfigurations.selected(entry)
          && (previous == null
              || !PublicConfigurations.selected(previous)
              || !sameSyncSettings(previous.getConfig(), entry.getConfig()))) {
        changed.add(entry.id());
      }
    }
    return changed;
  }

  private static boolean sameSyncSettings(StreamConfig a, StreamConfig b) {
    return Objects.equals(a.getSyncMode(), b.getSyncMode())
        && Objects.equals(a.getDestinationSyncMode(), b.getDestinationSyncMode())
        && Objects.equals(a.getCursorField(), b.getCursorField())
        && Objects.equals(a.getPrimaryKey(), b.getPrimaryKey());
  }
}
