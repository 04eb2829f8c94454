package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * State reads and writes through the Config API. The state is the domain's lossless {@link ConnectionState}, so
 * a read-modify-write keeps every property this version does not know. Writes check the workspace first.
 */
final class StateStore {
  private final ConfigCalls config;

  StateStore(ConfigCalls config) {
    this.config = config;
  }

  ConnectionState dump(String connectionId) {
    return config.state(connectionId);
  }

  String dumpJson(String connectionId, JsonForm form) {
    Objects.requireNonNull(form, "form == null");
    ConnectionState state = dump(connectionId);
    return form == JsonForm.CONFIG_API
        ? AirbyteJson.connectionState().write(state)
        : AirbyteJson.stateMessages().write(StateConverter.toProtocol(state));
  }

  ConnectionState importProtocol(ConnectionDetails details, List<AirbyteStateMessage> messages) {
    Objects.requireNonNull(messages, "messages == null");
    if (messages.isEmpty()) {
      throw new AirbyteInputException("Refusing to import an empty state list into connection "
          + details.connectionId() + ": it would reset the connection's state (stateType not_set). Import a"
          + " ConnectionState with stateType not_set if that is intended.");
    }
    return write(details, StateConverter.fromProtocol(messages, details.connectionId()));
  }

  ConnectionState importJson(ConnectionDetails details, String json) {
    Objects.requireNonNull(json, "json == null");
    if (AirbyteJson.detectStateForm(json) == JsonForm.PROTOCOL) {
      return importProtocol(details,
          AirbyteJson.stateMessages().read(json.trim().startsWith("[") ? json : "[" + json + "]"));
    }
    return write(details, AirbyteJson.connectionState().read(json));
  }

  Optional<RawJson> stream(String connectionId, StreamId stream) {
    ConnectionState state = dump(connectionId);
    if (StateType.LEGACY.equals(state.getStateType())) {
      throw new AirbyteInputException("Connection " + connectionId + " has a legacy state, which has no"
          + " per-stream entries; use dumpRawConnectionState() to read it.");
    }
    return state.findStream(stream)
        .map(entry -> entry.getStreamState() == null ? RawJson.nullValue() : entry.getStreamState());
  }

  ConnectionState setStream(ConnectionDetails details, StreamId stream, RawJson blob) {
    Objects.requireNonNull(blob, "blob == null (use RawJson.nullValue() for JSON null)");
    details.requireSameWorkspace(); // before the read, so a foreign connection costs no Config API call
    return write(details, edited(details.connectionId(), dump(details.connectionId()), stream, blob));
  }

  StreamStateWriteReport setStreamVerified(ConnectionDetails details, StreamId stream, RawJson blob) {
    ConnectionState written = setStream(details, stream, blob);
    ConnectionState reread = dump(details.connectionId());
    return StreamStateWriteReport.builder()
        .written(written)
        .reread(reread)
        .addAllChangedStreams(changedStreams(written, reread))
        .sharedStateChanged(!Objects.equals(sharedState(written), sharedState(reread)))
        .build();
  }

  /** Writes {@code state} as this connection's: its {@code connectionId} is replaced. */
  ConnectionState write(ConnectionDetails details, ConnectionState state) {
    Objects.requireNonNull(state, "state == null");
    String id = details.connectionId();
    if (!state.getStateType().isKnown()) {
      throw new AirbyteInputException("Cannot write the state of connection " + id + ": $.stateType '"
          + state.getStateType() + "' is not global, stream, legacy or not_set. Nothing was written.");
    }
    details.requireSameWorkspace();
    return config.writeState(id, state.withConnectionId(id));
  }

  static boolean isNotSet(ConnectionState state) {
    return StateType.NOT_SET.equals(state.getStateType());
  }

  private static ConnectionState edited(String connectionId, ConnectionState state, StreamId stream, RawJson blob) {
    if (isNotSet(state)) {
      throw new AirbyteInputException("Cannot set the state of stream " + stream.displayName() + ": connection "
          + connectionId + " has no state yet (stateType not_set). Nothing was written.");
    }
    if (StateType.LEGACY.equals(state.getStateType())) {
      throw new AirbyteInputException("Cannot set the state of stream " + stream.displayName() + ": connection "
          + connectionId + " has a legacy state, which has no per-stream entries. Nothing was written.");
    }
    if (StateType.GLOBAL.equals(state.getStateType()) && state.getGlobalState() == null) {
      state = ConnectionState.builder().stateType(state.getStateType()).connectionId(state.getConnectionId())
          .globalState(GlobalState.builder().streamStates(List.of()).build())
          .putAllAdditionalProperties(state.getAdditionalProperties()).build();
    }
    if (StateType.STREAM.equals(state.getStateType()) && state.getStreamState() == null) {
      state = ConnectionState.builder().stateType(state.getStateType()).connectionId(state.getConnectionId())
          .streamState(List.of()).putAllAdditionalProperties(state.getAdditionalProperties()).build();
    }
    return state.withStreamState(stream, blob);
  }

  private static List<StreamDescriptor> changedStreams(ConnectionState written, ConnectionState reread) {
    Map<StreamId, StreamState> before = byId(written.streams());
    Map<StreamId, StreamState> after = byId(reread.streams());
    List<StreamDescriptor> changed = new ArrayList<>();
    for (Map.Entry<StreamId, StreamState> entry : before.entrySet()) {
      StreamState now = after.get(entry.getKey());
      if (now == null || !Objects.equals(entry.getValue().getStreamState(), now.getStreamState())) {
        changed.add(entry.getValue().getStreamDescriptor());
      }
    }
    for (Map.Entry<StreamId, StreamState> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey())) {
        changed.add(entry.getValue().getStreamDescriptor());
      }
    }
    return changed;
  }

  private static Map<StreamId, StreamState> byId(List<StreamState> streams) {
    Map<StreamId, StreamState> map = new LinkedHashMap<>();
    for (StreamState stream : streams) {
      map.put(stream.id(), stream);
    }
    return map;
  }

  private static @Nullable RawJson sharedState(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    return global == null ? null : global.getSharedState();
  }
}
