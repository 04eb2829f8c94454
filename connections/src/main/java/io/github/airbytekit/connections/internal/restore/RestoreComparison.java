package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.RestoreChanges;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a restore changes on one target: its catalog's streams, and the streams whose state changes. */
final class RestoreComparison {
  private RestoreComparison() {}

  static RestoreChanges of(@Nullable SyncCatalog snapshotCatalog, @Nullable SyncCatalog targetCatalog,
      ConnectionState snapshotState, ConnectionState targetState, StatePlan plan) {
    RestoreChanges.Builder changes = RestoreChanges.builder()
        .snapshotStateType(snapshotState.getStateType().wireValue())
        .targetStateType(targetState.getStateType().wireValue())
        .addAllNotes(plan.notes());
    if (snapshotCatalog == null) {
      changes.addNotes("the snapshot has no catalog: the target's catalog is left as it is");
    } else {
      catalogs(snapshotCatalog, targetCatalog, changes);
      changes.catalogWritten(targetCatalog == null || !catalogJson(snapshotCatalog).equals(catalogJson(targetCatalog)));
    }
    ConnectionState written = plan.toWrite();
    if (written != null) {
      boolean differs = !stateJson(written).equals(stateJson(targetState));
      changes.stateWritten(differs);
      if (differs) {
        states(written, targetState, changes);
      }
    }
    return changes.build();
  }

  static String catalogJson(SyncCatalog catalog) {
    return AirbyteJson.syncCatalog().write(catalog);
  }

  static String stateJson(ConnectionState state) {
    return AirbyteJson.connectionState().write(state);
  }

  private static void catalogs(SyncCatalog snapshot, @Nullable SyncCatalog target, RestoreChanges.Builder changes) {
    Map<StreamId, SyncCatalogEntry> before = entries(target);
    Map<StreamId, SyncCatalogEntry> after = entries(snapshot);
    after.forEach((id, entry) -> {
      SyncCatalogEntry current = before.get(id);
      if (current == null) {
        changes.addCatalogStreamsAdded(id.displayName());
      } else if (!current.equals(entry)) {
        changes.addCatalogStreamsChanged(id.displayName());
      }
    });
    before.keySet().stream().filter(id -> !after.containsKey(id))
        .forEach(id -> changes.addCatalogStreamsRemoved(id.displayName()));
  }

  private static void states(ConnectionState written, ConnectionState target, RestoreChanges.Builder changes) {
    if (!written.getStateType().equals(target.getStateType())) {
      changes.addNotes("the state type changes from " + target.getStateType().wireValue() + " to "
          + written.getStateType().wireValue());
    }
    if (StateType.LEGACY.equals(written.getStateType()) || StateType.LEGACY.equals(target.getStateType())) {
      changes.addNotes("the legacy state blob changes");
    }
    if (!Objects.equals(shared(written), shared(target))) {
      changes.addNotes("the global shared state changes");
    }
    Map<StreamId, StreamState> before = streams(target);
    Map<StreamId, StreamState> after = streams(written);
    Set<StreamId> changed = new LinkedHashSet<>();
    after.forEach((id, stream) -> {
      StreamState current = before.get(id);
      if (current == null || !Objects.equals(current.getStreamState(), stream.getStreamState())) {
        changed.add(id);
      }
    });
    before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(changed::add);
    changed.forEach(id -> changes.addStateStreamsChanged(id.displayName()));
  }

  private static @Nullable Object shared(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    return global == null ? null : global.getSharedState();
  }

  private static Map<StreamId, SyncCatalogEntry> entries(@Nullable SyncCatalog catalog) {
    Map<StreamId, SyncCatalogEntry> map = new LinkedHashMap<>();
    if (catalog != null) {
      catalog.getStreams().forEach(entry -> map.put(entry.id(), entry));
    }
    return map;
  }

  private static Map<StreamId, StreamState> streams(ConnectionState state) {
    Map<StreamId, StreamState> map = new LinkedHashMap<>();
    if (!StateType.LEGACY.equals(state.getStateType())) {
      List<StreamState> streams = state.streams();
      streams.forEach(stream -> map.put(stream.id(), stream));
    }
    return map;
  }
}
