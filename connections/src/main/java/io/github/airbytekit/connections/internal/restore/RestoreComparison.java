package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.RestoreChanges;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotStreamDiff;
import io.github.airbytekit.connections.internal.snapshot.SnapshotComparison;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a restore changes on one target: its catalog's streams, and the streams whose state changes (the per-stream
 * comparison is the snapshot diff's, the target now against the target after the restore).
 */
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
      changes.catalogWritten(targetCatalog == null || !catalogJson(snapshotCatalog).equals(catalogJson(targetCatalog)));
    }
    ConnectionState written = plan.toWrite();
    boolean stateWritten = written != null && !stateJson(written).equals(stateJson(targetState));
    if (written != null) {
      changes.stateWritten(stateWritten);
    }
    if (stateWritten) {
      notes(written, targetState, changes);
    }
    // The target now (before) against the target after the restore: what is written replaces what is there.
    for (SnapshotStreamDiff stream : SnapshotComparison.streams(targetState, targetCatalog,
        stateWritten ? written : targetState, snapshotCatalog != null ? snapshotCatalog : targetCatalog)) {
      switch (stream.getCatalog()) {
        case ADDED -> changes.addCatalogStreamsAdded(stream.getStream());
        case REMOVED -> changes.addCatalogStreamsRemoved(stream.getStream());
        case CHANGED -> changes.addCatalogStreamsChanged(stream.getStream());
        default -> { } // unchanged
      }
      if (stream.getState() != SnapshotDiff.Change.UNCHANGED) {
        changes.addStateStreamsChanged(stream.getStream());
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

  private static void notes(ConnectionState written, ConnectionState target, RestoreChanges.Builder changes) {
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
  }

  private static @Nullable Object shared(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    return global == null ? null : global.getSharedState();
  }
}
