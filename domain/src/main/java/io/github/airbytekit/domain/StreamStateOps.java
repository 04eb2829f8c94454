package io.github.airbytekit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The pure per-stream operations behind {@link ConnectionState}'s lookup and edit methods. */
final class StreamStateOps {
  private StreamStateOps() {}

  static List<StreamState> streams(ConnectionState state) {
    StateType type = state.getStateType();
    if (StateType.STREAM.equals(type)) {
      List<StreamState> list = state.getStreamState();
      return list == null ? List.of() : list;
    }
    if (StateType.GLOBAL.equals(type)) {
      GlobalState global = state.getGlobalState();
      List<StreamState> list = global == null ? null : global.getStreamStates();
      return list == null ? List.of() : list;
    }
    return List.of();
  }

  static Optional<StreamState> find(ConnectionState state, String name, @Nullable String namespace) {
    List<StreamState> list = streams(state);
    int index = indexOf(state, list, name, namespace);
    return index < 0 ? Optional.empty() : Optional.of(list.get(index));
  }

  static ConnectionState withStreamState(
      ConnectionState state, String name, @Nullable String namespace, @Nullable RawJson blob) {
    StateType type = state.getStateType();
    String stream = StreamDescriptor.of(name, namespace).displayName();
    if (!StateType.STREAM.equals(type) && !StateType.GLOBAL.equals(type)) {
      throw new AirbyteDataException(
          "Cannot set the state of stream " + stream + " on connection " + state.getConnectionId()
              + ": its state is of type " + type + "; only stream and global states hold per-stream state",
          "$.stateType");
    }
    GlobalState global = state.getGlobalState();
    if (StateType.GLOBAL.equals(type) && global == null) {
      throw new AirbyteDataException(
          "Cannot set the state of stream " + stream + " on connection " + state.getConnectionId()
              + ": $.globalState is required for a global state", "$.globalState");
    }
    List<StreamState> list = streams(state);
    int index = indexOf(state, list, name, namespace);
    List<StreamState> updated = new ArrayList<>(list.size() + 1);
    updated.addAll(list);
    if (index >= 0) {
      StreamState old = list.get(index);
      updated.set(index, rebuild(old, blob));
    } else {
      String ns = namespace == null || namespace.isEmpty() ? null : namespace;
      StreamState.Builder entry = StreamState.builder().streamDescriptor(StreamDescriptor.of(name, ns));
      if (blob != null) {
        entry.streamState(blob);
      }
      updated.add(entry.build());
    }
    return withEntries(state, updated);
  }

  static ConnectionState withoutStreams(ConnectionState state, Collection<StreamId> streams) {
    StateType type = state.getStateType();
    if (StateType.NOT_SET.equals(type)) {
      return state;
    }
    if (!StateType.STREAM.equals(type) && !StateType.GLOBAL.equals(type)) {
      throw new AirbyteDataException(
          "Cannot remove the state of single streams on connection " + state.getConnectionId()
              + ": its state is of type " + type + "; only stream and global states hold per-stream state",
          "$.stateType");
    }
    Set<StreamId> removed = new HashSet<>(streams);
    List<StreamState> kept = new ArrayList<>();
    for (StreamState entry : streams(state)) {
      if (!removed.contains(entry.id())) {
        kept.add(entry);
      }
    }
    if (kept.size() == streams(state).size()) {
      return state;
    }
    return withEntries(state, kept);
  }

  /** The state with its per-stream entries replaced: {@code streamState} of a stream state, else the global's. */
  private static ConnectionState withEntries(ConnectionState state, List<StreamState> entries) {
    if (StateType.STREAM.equals(state.getStateType())) {
      return copy(state, state.getConnectionId(), entries, state.getGlobalState());
    }
    GlobalState global = Objects.requireNonNull(state.getGlobalState(), "globalState");
    GlobalState.Builder g = GlobalState.builder().streamStates(entries)
        .putAllAdditionalProperties(global.getAdditionalProperties());
    if (global.getSharedState() != null) {
      g.sharedState(global.getSharedState());
    }
    return copy(state, state.getConnectionId(), state.getStreamState(), g.build());
  }

  static ConnectionState withConnectionId(ConnectionState state, @Nullable String connectionId) {
    return copy(state, connectionId, state.getStreamState(), state.getGlobalState());
  }

  private static ConnectionState copy(
      ConnectionState state,
      @Nullable String connectionId,
      @Nullable List<StreamState> streamState,
      @Nullable GlobalState global) {
    ConnectionState.Builder b = ConnectionState.builder()
        .stateType(state.getStateType())
        .connectionId(connectionId)
        .state(state.getState())
        .globalState(global)
        .putAllAdditionalProperties(state.getAdditionalProperties());
    if (streamState != null) {
      b.streamState(streamState);
    }
    return b.build();
  }

  private static StreamState rebuild(StreamState old, @Nullable RawJson blob) {
    StreamState.Builder b = StreamState.builder()
        .streamDescriptor(old.getStreamDescriptor())
        .putAllAdditionalProperties(old.getAdditionalProperties());
    if (blob != null) {
      b.streamState(blob);
    }
    return b.build();
  }

  private static int indexOf(ConnectionState state, List<StreamState> list, String name, @Nullable String namespace) {
    int found = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).getStreamDescriptor().matches(name, namespace)) {
        if (found >= 0) {
          String where = StateType.GLOBAL.equals(state.getStateType()) ? "$.globalState.streamStates" : "$.streamState";
          throw new AirbyteDataException(
              where + "[" + found + "] and " + where + "[" + i + "] both name stream "
                  + StreamDescriptor.of(name, namespace).displayName() + " on connection " + state.getConnectionId(),
              where + "[" + i + "]");
        }
        found = i;
      }
    }
    return found;
  }
}
