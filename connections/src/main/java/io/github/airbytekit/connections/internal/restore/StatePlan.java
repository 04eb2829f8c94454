package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state a restore writes into its target: the snapshot's, with the target's connection id, without the
 * streams the restored catalog lacks (unless told to keep them). A legacy state is written as it is; a
 * {@code not_set} one is not written, leaving the target's state.
 *
 * @param toWrite the state to write, or null to leave the target's
 * @param unwritten the streams (display names) whose state is dropped
 * @param notes remarks for the report
 */
record StatePlan(@Nullable ConnectionState toWrite, List<String> unwritten, List<String> notes) {
  static StatePlan of(ConnectionState snapshot, ConnectionState target, @Nullable SyncCatalog catalog,
      String targetId, boolean writeUnknownStreams) {
    List<String> notes = new ArrayList<>();
    StateType type = snapshot.getStateType();
    if (StateType.NOT_SET.equals(type)) {
      if (!StateType.NOT_SET.equals(target.getStateType())) {
        notes.add("the snapshot has no state (not_set): the target's " + target.getStateType().wireValue()
            + " state is left as it is");
      }
      return new StatePlan(null, List.of(), notes);
    }
    ConnectionState state = snapshot.withConnectionId(targetId);
    if (StateType.LEGACY.equals(type)) {
      notes.add("legacy state (one blob for every stream): written as it is, not checked against the catalog");
      return new StatePlan(state, List.of(), notes);
    }
    if (catalog == null) {
      notes.add("neither the snapshot nor the target has a catalog: stream states written unchecked");
      return new StatePlan(state, List.of(), notes);
    }
    List<StreamId> known = catalog.streamIds();
    List<StreamId> unknown = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (StreamState stream : snapshot.streams()) {
      if (!known.contains(stream.id())) {
        unknown.add(stream.id());
        names.add(stream.id().displayName());
      }
    }
    if (unknown.isEmpty()) {
      return new StatePlan(state, List.of(), notes);
    }
    if (writeUnknownStreams) {
      notes.add("states of streams the catalog lacks are written as told: " + String.join(", ", names));
      return new StatePlan(state, List.of(), notes);
    }
    return new StatePlan(state.withoutStreams(unknown), List.copyOf(names), notes);
  }
}
