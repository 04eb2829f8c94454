package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConfigApi;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** State reads and writes through the Config API. */
final class StateAccess {
  private StateAccess() {}

  static ConnectionState dumpConfig(CloudConnection connection) {
    return config(connection).getState(connection.connectionId());
  }

  static List<AirbyteStateMessage> dumpProtocol(CloudConnection connection) {
    return StateConverter.toProtocol(dumpConfig(connection));
  }

  static String dumpJson(CloudConnection connection, JsonForm form) {
    Objects.requireNonNull(form, "form == null");
    if (form == JsonForm.CONFIG_API) {
      return AirbyteJson.connectionState().write(dumpConfig(connection));
    }
    return AirbyteJson.stateMessages().write(dumpProtocol(connection));
  }

  static ConnectionState importProtocol(CloudConnection connection, List<AirbyteStateMessage> messages) {
    Objects.requireNonNull(messages, "messages == null");
    if (messages.isEmpty()) {
      throw new AirbyteInputException("Refusing to import an empty state list into connection "
          + connection.connectionId() + ": it would reset the connection's state (stateType not_set). Import a"
          + " ConnectionState with stateType not_set if that is intended.");
    }
    return write(connection, StateConverter.fromProtocol(messages, connection.connectionId()));
  }

  static ConnectionState importConfig(CloudConnection connection, ConnectionState state) {
    Objects.requireNonNull(state, "state == null");
    return write(connection, state);
  }

  static ConnectionState importJson(CloudConnection connection, String json) {
    Objects.requireNonNull(json, "json == null");
    if (AirbyteJson.detectStateForm(json) == JsonForm.PROTOCOL) {
      return importProtocol(connection, AirbyteJson.stateMessages().read(json.trim().startsWith("[")
          ? json : "[" + json + "]"));
    }
    return write(connection, AirbyteJson.connectionState().read(json));
  }

  static Optional<RawJson> getStream(CloudConnection connection, String name, @Nullable String namespace) {
    Objects.requireNonNull(name, "streamName == null");
    ConnectionState state = dumpConfig(connection);
    if (StateType.LEGACY.equals(state.getStateType())) {
      throw new AirbyteInputException("Connection " + connection.connectionId() + " has a legacy state, which"
          + " has no per-stream entries; use dumpRawConnectionState() to read it.");
    }
    return state.findStream(name, namespace)
        .map(entry -> entry.getStreamState() == null ? RawJson.nullValue() : entry.getStreamState());
  }

  static ConnectionState setStream(
      CloudConnection connection, String name, @Nullable String namespace, RawJson blob) {
    connection.requireSameWorkspace(); // before the read, so a foreign connection costs no Config API call
    return write(connection, edited(connection, dumpConfig(connection), name, namespace, blob));
  }

  static StreamStateWriteReport setStreamVerified(
      CloudConnection connection, String name, @Nullable String namespace, RawJson blob) {
    ConnectionState written = setStream(connection, name, namespace, blob);
    ConnectionState reread = dumpConfig(connection);
    return StreamStateWriteReport.builder()
        .written(written)
        .reread(reread)
        .addAllChangedStreams(changedStreams(written, reread))
        .sharedStateChanged(!Objects.equals(sharedState(written), sharedState(reread)))
        .build();
  }

  static boolean isNotSet(ConnectionState state) {
    return StateType.NOT_SET.equals(state.getStateType());
  }

  private static ConnectionState edited(
      CloudConnection connection, ConnectionState state, String name, @Nullable String namespace, RawJson blob) {
    Objects.requireNonNull(name, "streamName == null");
    Objects.requireNonNull(blob, "blob == null (use RawJson.nullValue() for JSON null)");
    String stream = StreamDescriptor.of(name, namespace).displayName();
    if (isNotSet(state)) {
      throw new AirbyteInputException("Cannot set the state of stream " + stream + ": connection "
          + connection.connectionId() + " has no state yet (stateType not_set). Nothing was written.");
    }
    if (StateType.LEGACY.equals(state.getStateType())) {
      throw new AirbyteInputException("Cannot set the state of stream " + stream + ": connection "
          + connection.connectionId() + " has a legacy state, which has no per-stream entries. Nothing was"
          + " written.");
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
    return state.withStreamState(name, namespace, blob);
  }

  private static ConnectionState write(CloudConnection connection, ConnectionState state) {
    String id = connection.connectionId();
    connection.requireSameWorkspace();
    try {
      return config(connection).createOrUpdateStateSafe(id, state.withConnectionId(id));
    } catch (AirbyteApiException e) {
      if (e.statusCode() == 423) {
        throw new ConnectionSyncActiveException(id, e);
      }
      throw e;
    }
  }

  private static List<StreamDescriptor> changedStreams(ConnectionState written, ConnectionState reread) {
    Map<String, StreamState> before = byKey(written.streams());
    Map<String, StreamState> after = byKey(reread.streams());
    List<StreamDescriptor> changed = new ArrayList<>();
    for (Map.Entry<String, StreamState> entry : before.entrySet()) {
      StreamState now = after.get(entry.getKey());
      if (now == null || !Objects.equals(entry.getValue().getStreamState(), now.getStreamState())) {
        changed.add(entry.getValue().getStreamDescriptor());
      }
    }
    for (Map.Entry<String, StreamState> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey())) {
        changed.add(entry.getValue().getStreamDescriptor());
      }
    }
    return changed;
  }

  private static Map<String, StreamState> byKey(List<StreamState> streams) {
    Map<String, StreamState> map = new LinkedHashMap<>();
    for (StreamState stream : streams) {
      StreamDescriptor d = stream.getStreamDescriptor();
      String namespace = d.getNamespace() == null ? "" : d.getNamespace();
      map.put(namespace + "\u0000" + d.getName(), stream);
    }
    return map;
  }

  private static @Nullable RawJson sharedState(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    return global == null ? null : global.getSharedState();
  }

  private static ConfigApi config(CloudConnection connection) {
    return connection.workspace().configApi();
  }
}
