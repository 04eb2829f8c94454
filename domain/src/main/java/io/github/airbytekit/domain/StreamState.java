package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One stream's entry in a Config API {@link ConnectionState}: its descriptor and its state blob.
 *
 * <pre>{@code
 * StreamState entry = StreamState.builder()
 *     .streamDescriptor(StreamDescriptor.of("users", "public"))
 *     .streamState(RawJson.of("{\"cursor\":\"2024-01-01\"}"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class StreamState {
  StreamState() {}

  /**
   * The stream (wire {@code streamDescriptor}).
   *
   * @return the stream, never null
   */
  public abstract StreamDescriptor getStreamDescriptor();

  /**
   * The state blob (wire {@code streamState}): null when absent, {@link RawJson#nullValue()} when JSON null.
   *
   * @return the state blob, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is
   *     JSON {@code null}
   */
  public abstract @Nullable RawJson getStreamState();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** {@return the identity of this entry's stream, from its descriptor} */
  public StreamId id() {
    return getStreamDescriptor().id();
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Names.checkAdditional(getAdditionalProperties(), "StreamState", "streamDescriptor", "streamState");
  }

  /** Builds a {@link StreamState}. */
  public static final class Builder extends ImmutableStreamState.Builder {
    Builder() {}
  }
}
