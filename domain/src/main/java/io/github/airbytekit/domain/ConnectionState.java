package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A connection's state in Config API form (camelCase wire names), as {@code /v1/state/get} returns it.
 *
 * <pre>{@code
 * ConnectionState state = AirbyteJson.connectionState().read(json);
 * Optional<StreamState> users = state.findStream("users", "public");
 * ConnectionState edited = state.withStreamState("users", "public", RawJson.of("{\"cursor\":\"2024-01-01\"}"));
 * }</pre>
 *
 * <p>Per-stream operations ({@link #streams()}, {@link #findStream}, {@link #withStreamState}) match a stream by
 * exact name and by namespace with null and {@code ""} being the same. They distinguish a stream that is absent
 * (empty {@code Optional}) from a stream whose blob is absent (null) or JSON null ({@link RawJson#nullValue()}).
 *
 * <p><b>Null versus absent:</b> see the package documentation. In short, a typed property that is absent or JSON
 * null reads as null and is written as absent; a blob keeps JSON null as {@link RawJson#nullValue()}.
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class ConnectionState {
  ConnectionState() {}

  /**
   * The kind of state (wire {@code stateType}).
   *
   * @return the kind of state (possibly a value this version does not know), never null
   */
  public abstract StateType getStateType();

  /**
   * The connection id (wire {@code connectionId}), or null when absent. Kept as text, exactly as read.
   *
   * @return the connection id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getConnectionId();

  /**
   * The legacy blob (wire {@code state}) of a {@code legacy} state: null when absent, JSON null kept.
   *
   * @return the legacy blob of a {@code legacy} state, exactly as written; null if the property is absent, {@link
   *     RawJson#nullValue()} if it is JSON {@code null}
   */
  public abstract @Nullable RawJson getState();

  /**
   * The per-stream entries (wire {@code streamState}) of a {@code stream} state, or null when absent.
   *
   * @return the per-stream entries of a {@code stream} state, unmodifiable; null if the property is absent or JSON
   *     {@code null} (an empty list stays empty)
   */
  public abstract @Nullable List<StreamState> getStreamState();

  /**
   * The global state (wire {@code globalState}) of a {@code global} state, or null when absent.
   *
   * @return the global state of a {@code global} state, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable GlobalState getGlobalState();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stream entries of this state: {@code streamState} of a {@code stream} state, {@code
   * globalState.streamStates} of a {@code global} state, and an empty list for any other type or when absent.
   *
   * @return the entries in document order, unmodifiable, never null
   */
  public List<StreamState> streams() {
    return StreamStateOps.streams(this);
  }

  /**
   * Finds the entry of stream {@code name} in {@code namespace} (null and {@code ""} match each other, and only
   * each other). Empty when the stream is absent; a present entry may still have a null or JSON-null blob.
   *
   * @param name the stream name, matched exactly (case-sensitive)
   * @param namespace the stream namespace; null or {@code ""} for a stream without one
   * @return the matching entry, or empty if no entry names the stream
   * @throws AirbyteDataException if more than one entry names the stream
   */
  public Optional<StreamState> findStream(String name, @Nullable String namespace) {
    return StreamStateOps.find(this, name, namespace);
  }

  /**
   * Returns a copy where the blob of stream {@code name} in {@code namespace} is {@code blob}: the matching
   * entry keeps its position, descriptor and unknown properties; if there is none, a new entry is appended
   * (with no namespace property when {@code namespace} is null or empty). Every other entry, the shared state
   * and all unknown properties are kept as they are.
   *
   * @param name the stream name, matched exactly (case-sensitive)
   * @param namespace the stream namespace; null or {@code ""} for a stream without one
   * @param blob the new blob; null removes the {@code streamState} property, {@link RawJson#nullValue()} writes
   *     JSON null
   * @throws AirbyteDataException if the state is {@code legacy}, {@code not_set} or of an unknown type, if a
   *     {@code global} state has no {@code globalState}, or if more than one entry names the stream
   * @return the new state; this one is unchanged
   */
  public ConnectionState withStreamState(String name, @Nullable String namespace, @Nullable RawJson blob) {
    return StreamStateOps.withStreamState(this, name, namespace, blob);
  }

  /**
   * Finds the entry of a stream; the same as {@link #findStream(String, String)}.
   *
   * @param id the stream's identity
   * @return the matching entry, or empty if no entry names the stream
   * @throws AirbyteDataException if more than one entry names the stream
   */
  public Optional<StreamState> findStream(StreamId id) {
    return StreamStateOps.find(this, id.getName(), id.getNamespace());
  }

  /**
   * Returns a copy where the blob of a stream is {@code blob}; the same as
   * {@link #withStreamState(String, String, RawJson)}.
   *
   * @param id the stream's identity
   * @param blob the new blob; null removes the {@code streamState} property, {@link RawJson#nullValue()} writes
   *     JSON null
   * @return the new state; this one is unchanged
   * @throws AirbyteDataException as {@link #withStreamState(String, String, RawJson)} does
   */
  public ConnectionState withStreamState(StreamId id, @Nullable RawJson blob) {
    return StreamStateOps.withStreamState(this, id.getName(), id.getNamespace(), blob);
  }

  /**
   * Returns a copy without the entries of {@code streams}: every other entry keeps its position, and the shared
   * state and all unknown properties are kept. A {@code stream} state may end up with no entries (it is not turned
   * into {@code not_set}); a {@code not_set} state, or a {@code global} state without {@code globalState}, is
   * returned as it is.
   *
   * @param streams the identities of the streams to remove; identities with no entry are ignored
   * @return the new state, or this one if no entry was removed
   * @throws AirbyteDataException if the state is {@code legacy} (one blob for all streams) or of an unknown type
   */
  public ConnectionState withoutStreams(Collection<StreamId> streams) {
    return StreamStateOps.withoutStreams(this, streams);
  }

  /**
   * Returns a copy with {@code connectionId} replaced, for moving a state to another connection.
   *
   * @param connectionId the new connection id, or null to remove the property
   * @return the new state; everything else, including unknown properties, is kept
   */
  public ConnectionState withConnectionId(@Nullable String connectionId) {
    return StreamStateOps.withConnectionId(this, connectionId);
  }

  /** A summary ({@code ConnectionState{connectionId=..., stateType=..., streams=n}}); blobs are not shown. */
  @Override
  public String toString() {
    return "ConnectionState{connectionId="
        + getConnectionId()
        + ", stateType="
        + getStateType()
        + ", streams="
        + streams().size()
        + "}";
  }

  @Value.Check
  ConnectionState normalize() {
    Names.checkAdditional(
        getAdditionalProperties(), "ConnectionState", "stateType", "connectionId", "state", "streamState", "globalState");
    ConnectionState value = this;
    List<StreamState> streams = getStreamState();
    if (Names.frozen(streams) != streams) {
      // Immutables gives nullable lists no defensive copy under a strict builder; freeze it here.
      value = ConnectionState.builder()
          .stateType(getStateType())
          .connectionId(getConnectionId())
          .state(getState())
          .streamState(Names.frozen(streams))
          .globalState(getGlobalState())
          .putAllAdditionalProperties(getAdditionalProperties())
          .build();
    }
    return value;
  }

  /** Builds a {@link ConnectionState}. */
  public static final class Builder extends ImmutableConnectionState.Builder {
    Builder() {}
  }
}
