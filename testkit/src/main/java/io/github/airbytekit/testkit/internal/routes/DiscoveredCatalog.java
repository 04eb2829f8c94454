package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What discovering a source answers in the fake: the catalog seeded for it, else every stream of the catalogs of
 * its connections (each once, unselected, full refresh / overwrite with the source's default cursor and primary
 * key), which is what Airbyte's discovery found
 * when those connections were made.
 */
final class DiscoveredCatalog {
  private DiscoveredCatalog() {}

  static SyncCatalog of(FakeStore store, Actor source) {
    if (source.discoveredCatalog != null) {
      return source.discoveredCatalog;
    }
    List<SyncCatalogEntry> entries = new ArrayList<>();
    Set<StreamId> seen = new LinkedHashSet<>();
    for (Connection connection : store.connections.values()) {
      if (connection.sourceId.equals(source.id)) {
        for (SyncCatalogEntry entry : connection.syncCatalog.getStreams()) {
          if (seen.add(entry.id())) {
            entries.add(entry.withConfig(StreamSelection.discoveredDefaults(entry.withConfig(StreamConfig.builder()
                .syncMode(SyncMode.FULL_REFRESH).destinationSyncMode(DestinationSyncMode.OVERWRITE).selected(false)
                .build()))));
          }
        }
      }
    }
    return SyncCatalog.builder().addAllStreams(entries).build();
  }
}
