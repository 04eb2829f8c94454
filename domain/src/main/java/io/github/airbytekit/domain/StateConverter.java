package io.github.airbytekit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Converts state between Config API form ({@link ConnectionState}) and protocol form (a list of {@link
 * AirbyteStateMessage}), losing nothing either form can hold.
 *
 * <pre>{@code
 * List<AirbyteStateMessage> messages = StateConverter.toProtocol(state);
 * ConnectionState back = StateConverter.fromProtocol(messages, state.getConnectionId());
 * // back.equals(state) for every state that passes toProtocol
 * }</pre>
 *
 * <p>Mapping: {@code not_set} ⇄ no messages; {@code legacy} ⇄ one {@code LEGACY} message ({@code state} ⇄ {@code
 * data}); {@code global} ⇄ one {@code GLOBAL} message ({@code shared_state} kept both ways); {@code stream} ⇄ one
 * {@code STREAM} message per entry, in order. Blobs, descriptors and unknown properties of entries, descriptors and
 * global states move across unchanged; the unknown top-level properties of a {@code legacy} or {@code global}
 * state move to and from its single message.
 *
 * <p>What has no place in the other form, and is therefore dropped: the {@code connectionId} (passed to {@link
 * #fromProtocol} instead); unknown top-level properties of {@code stream} and {@code not_set} states;
 * message-level unknown properties of {@code STREAM} messages (such as {@code sourceStats}); the legacy {@code
 * data} copy that old connectors add to {@code STREAM}/{@code GLOBAL} messages. A {@code stream} state with no
 * entries converts to no messages and so comes back as {@code not_set}.
 *
 * <p>Input that would lose more than that (a {@code global} state without {@code globalState}, a {@code stream}
 * state that also has a legacy blob, mixed message types, several {@code GLOBAL} messages, ...) is refused with
 * an {@link AirbyteDataException} naming the JSON path in the input form.
 */
public final class StateConverter {
  private StateConverter() {}

  /**
   * Converts a Config API state to protocol messages.
   *
   * @param state the Config API state
   * @return the messages in order: none for {@code not_set}, one per entry for {@code stream}, else exactly one
   * @throws AirbyteDataException if the state is inconsistent or of an unknown type
   */
  public static List<AirbyteStateMessage> toProtocol(ConnectionState state) {
    Objects.requireNonNull(state, "state == null");
    StateType type = state.getStateType();
    List<StreamState> streamState = state.getStreamState();
    GlobalState global = state.getGlobalState();
    RawJson legacy = state.getState();
    boolean hasStreams = streamState != null && !streamState.isEmpty();
    if (StateType.NOT_SET.equals(type)) {
      refuse(hasStreams, "$.streamState", "must be empty when $.stateType is not_set");
      refuse(global != null, "$.globalState", "must be absent when $.stateType is not_set");
      refuse(legacy != null, "$.state", "must be absent when $.stateType is not_set");
      return List.of();
    }
    if (StateType.LEGACY.equals(type)) {
      refuse(hasStreams, "$.streamState", "must be empty when $.stateType is legacy");
      refuse(global != null, "$.globalState", "must be absent when $.stateType is legacy");
      AirbyteStateMessage.Builder m = AirbyteStateMessage.builder()
          .type(AirbyteStateType.LEGACY)
          .data(legacy)
          .putAllAdditionalProperties(carry(state.getAdditionalProperties(), "$", "type", "stream", "global", "data"));
      return List.of(m.build());
    }
    if (StateType.GLOBAL.equals(type)) {
      refuse(global == null, "$.globalState", "is required when $.stateType is global");
      refuse(hasStreams, "$.streamState", "must be empty when $.stateType is global");
      refuse(legacy != null, "$.state", "must be absent when $.stateType is global");
      AirbyteGlobalState.Builder g = AirbyteGlobalState.builder()
          .sharedState(global.getSharedState())
          .streamStates(global.getStreamStates() == null ? null : streamsToProtocol(global.getStreamStates(),
              "$.globalState.streamStates"))
          .putAllAdditionalProperties(carry(global.getAdditionalProperties(), "$.globalState", "shared_state",
              "stream_states"));
      AirbyteStateMessage m = AirbyteStateMessage.builder()
          .type(AirbyteStateType.GLOBAL)
          .global(g.build())
          .putAllAdditionalProperties(carry(state.getAdditionalProperties(), "$", "type", "stream", "global", "data"))
          .build();
      return List.of(m);
    }
    if (StateType.STREAM.equals(type)) {
      refuse(global != null, "$.globalState", "must be absent when $.stateType is stream");
      refuse(legacy != null, "$.state", "must be absent when $.stateType is stream");
      if (streamState == null) {
        return List.of();
      }
      List<AirbyteStreamState> streams = streamsToProtocol(streamState, "$.streamState");
      List<AirbyteStateMessage> messages = new ArrayList<>(streams.size());
      for (AirbyteStreamState s : streams) {
        messages.add(AirbyteStateMessage.builder().type(AirbyteStateType.STREAM).stream(s).build());
      }
      return messages;
    }
    throw new AirbyteDataException(
        "$.stateType '" + type + "' is not global, stream, legacy or not_set; cannot convert it to protocol form",
        "$.stateType");
  }

  /**
   * Converts protocol messages to a Config API state for connection {@code connectionId} (may be null).
   *
   * @param messages the state messages, as a connector emits or reads them; empty means {@code not_set}
   * @param connectionId the connection id to put in the state, or null to leave the property out
   * @return the Config API state
   * @throws AirbyteDataException if the messages mix types, hold several {@code GLOBAL}/{@code LEGACY}
   *     messages, lack a {@code type} or the payload their type needs; the path is relative to the message list
   */
  public static ConnectionState fromProtocol(List<AirbyteStateMessage> messages, @Nullable String connectionId) {
    Objects.requireNonNull(messages, "messages == null");
    if (messages.isEmpty()) {
      return ConnectionState.builder().stateType(StateType.NOT_SET).connectionId(connectionId).build();
    }
    AirbyteStateType first = typeOf(messages.get(0), 0);
    if (AirbyteStateType.LEGACY.equals(first) || AirbyteStateType.GLOBAL.equals(first)) {
      if (messages.size() > 1) {
        typeOf(messages.get(1), 1);
        throw new AirbyteDataException("$[1] follows a " + first + " message; a " + first
            + " state must be the only message, found " + messages.size(), "$[1]");
      }
      AirbyteStateMessage m = messages.get(0);
      if (AirbyteStateType.LEGACY.equals(first)) {
        refuse(m.getStream() != null, "$[0].stream", "must be absent in a LEGACY message");
        refuse(m.getGlobal() != null, "$[0].global", "must be absent in a LEGACY message");
        return ConnectionState.builder()
            .stateType(StateType.LEGACY)
            .connectionId(connectionId)
            .state(m.getData())
            .putAllAdditionalProperties(carry(m.getAdditionalProperties(), "$[0]", "stateType", "connectionId",
                "state", "streamState", "globalState"))
            .build();
      }
      AirbyteGlobalState g = m.getGlobal();
      refuse(g == null, "$[0].global", "is required in a GLOBAL message");
      refuse(m.getStream() != null, "$[0].stream", "must be absent in a GLOBAL message");
      GlobalState global = GlobalState.builder()
          .sharedState(g.getSharedState())
          .streamStates(g.getStreamStates() == null ? null : streamsFromProtocol(g.getStreamStates(),
              "$[0].global.stream_states"))
          .putAllAdditionalProperties(carry(g.getAdditionalProperties(), "$[0].global", "shared_state",
              "sharedState", "streamStates"))
          .build();
      return ConnectionState.builder()
          .stateType(StateType.GLOBAL)
          .connectionId(connectionId)
          .globalState(global)
          .putAllAdditionalProperties(carry(m.getAdditionalProperties(), "$[0]", "stateType", "connectionId",
              "state", "streamState", "globalState"))
          .build();
    }
    List<StreamState> entries = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      AirbyteStateMessage m = messages.get(i);
      AirbyteStateType t = typeOf(m, i);
      if (!AirbyteStateType.STREAM.equals(t)) {
        throw new AirbyteDataException("$[" + i + "] is a " + t + " message but $[0] is a STREAM message; a state"
            + " must not mix message types", "$[" + i + "]");
      }
      if (m.getStream() == null) {
        refuse(true, "$[" + i + "].stream", "is required in a STREAM message");
      }
      if (m.getGlobal() != null) {
        refuse(true, "$[" + i + "].global", "must be absent in a STREAM message");
      }
      int index = i;
      entries.add(fromProtocol(m.getStream(), () -> "$[" + index + "].stream"));
    }
    return ConnectionState.builder()
        .stateType(StateType.STREAM)
        .connectionId(connectionId)
        .streamState(entries)
        .build();
  }

  private static AirbyteStateType typeOf(AirbyteStateMessage m, int index) {
    AirbyteStateType t = m.getType();
    if (t == null) {
      throw new AirbyteDataException("$[" + index + "].type is required to convert protocol state", "$[" + index
          + "].type");
    }
    if (!t.isKnown()) {
      throw new AirbyteDataException("$[" + index + "].type '" + t + "' is not STREAM, GLOBAL or LEGACY", "$["
          + index + "].type");
    }
    return t;
  }

  private static List<AirbyteStreamState> streamsToProtocol(List<StreamState> entries, String path) {
    List<AirbyteStreamState> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      StreamState e = entries.get(i);
      out.add(AirbyteStreamState.builder()
          .streamDescriptor(e.getStreamDescriptor())
          .streamState(e.getStreamState())
          .putAllAdditionalProperties(carry(e.getAdditionalProperties(), index(path, i), "stream_descriptor",
              "stream_state"))
          .build());
    }
    return out;
  }

  private static List<StreamState> streamsFromProtocol(List<AirbyteStreamState> states, String path) {
    List<StreamState> out = new ArrayList<>(states.size());
    for (int i = 0; i < states.size(); i++) {
      out.add(fromProtocol(states.get(i), index(path, i)));
    }
    return out;
  }

  private static java.util.function.Supplier<String> index(String path, int i) {
    return () -> path + "[" + i + "]";
  }

  private static StreamState fromProtocol(AirbyteStreamState s, java.util.function.Supplier<String> path) {
    return StreamState.builder()
        .streamDescriptor(s.getStreamDescriptor())
        .streamState(s.getStreamState())
        .putAllAdditionalProperties(carry(s.getAdditionalProperties(), path, "streamDescriptor", "streamState"))
        .build();
  }

  /** Unknown properties move across as they are, unless their name is a known property of the target. */
  private static java.util.Map<String, RawJson> carry(
      java.util.Map<String, RawJson> additional, String path, String... targetKnown) {
    return carry(additional, () -> path, targetKnown);
  }

  /** The path is built only on failure: converting 10,000 entries must not format 10,000 paths. */
  private static java.util.Map<String, RawJson> carry(
      java.util.Map<String, RawJson> additional, java.util.function.Supplier<String> path, String... targetKnown) {
    if (additional.isEmpty()) {
      return additional;
    }
    for (String k : targetKnown) {
      if (additional.containsKey(k)) {
        String at = path.get() + "." + k;
        throw new AirbyteDataException(at + " cannot be carried to the other form, where " + k
            + " is a known property with another meaning", at);
      }
    }
    return additional;
  }

  private static void refuse(boolean condition, String path, String problem) {
    if (condition) {
      throw new AirbyteDataException(path + " " + problem, path);
    }
  }
}
