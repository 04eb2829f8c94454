package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One protocol state message, as a connector emits it or reads it from {@code --state}.
 *
 * <pre>{@code
 * AirbyteStateMessage m = AirbyteStateMessage.builder()
 *     .type(AirbyteStateType.STREAM)
 *     .stream(streamState)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class AirbyteStateMessage {
  AirbyteStateMessage() {}

  /**
   * The message type (wire {@code type}), or null when absent.
   *
   * @return the message type (possibly a value this version does not know); null if the property is absent or JSON
   *     {@code null}
   */
  public abstract @Nullable AirbyteStateType getType();

  /**
   * The stream state of a {@code STREAM} message (wire {@code stream}).
   *
   * @return the stream state of a {@code STREAM} message, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable AirbyteStreamState getStream();

  /**
   * The global state of a {@code GLOBAL} message (wire {@code global}).
   *
   * @return the global state of a {@code GLOBAL} message, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable AirbyteGlobalState getGlobal();

  /**
   * The legacy blob of a {@code LEGACY} message (wire {@code data}): null when absent, {@link RawJson#nullValue()} when
   * JSON null.
   *
   * @return the legacy blob of a {@code LEGACY} message, exactly as written; null if the property is absent, {@link
   *     RawJson#nullValue()} if it is JSON {@code null}
   */
  public abstract @Nullable RawJson getData();

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

  @Value.Check
  void check() {
    Names.checkAdditional(getAdditionalProperties(), "AirbyteStateMessage", "type", "stream", "global", "data");
  }

  /** Builds a {@link AirbyteStateMessage}. */
  public static final class Builder extends ImmutableAirbyteStateMessage.Builder {
    Builder() {}
  }
}
