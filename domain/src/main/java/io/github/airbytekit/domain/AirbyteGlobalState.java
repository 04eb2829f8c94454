package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Protocol form of a global state ({@code shared_state}, {@code stream_states}).
 *
 * <pre>{@code
 * AirbyteGlobalState g = AirbyteGlobalState.builder()
 *     .sharedState(RawJson.of("{\"lsn\":5432}"))
 *     .streamStates(List.of(streamState))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class AirbyteGlobalState {
  AirbyteGlobalState() {}

  /**
   * The shared blob (wire {@code shared_state}): null when absent, {@link RawJson#nullValue()} when JSON null.
   *
   * @return the shared blob, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is
   *     JSON {@code null}
   */
  public abstract @Nullable RawJson getSharedState();

  /**
   * The per-stream states (wire {@code stream_states}), or null when absent.
   *
   * @return the per-stream states, unmodifiable; null if the property is absent or JSON {@code null} (an empty list
   *     stays empty)
   */
  public abstract @Nullable List<AirbyteStreamState> getStreamStates();

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
  AirbyteGlobalState normalize() {
    Names.checkAdditional(getAdditionalProperties(), "AirbyteGlobalState", "shared_state", "stream_states");
    AirbyteGlobalState value = this;
    if (Names.frozen(getStreamStates()) != getStreamStates()) {
      value = ((ImmutableAirbyteGlobalState) value).withStreamStates(Names.frozen(getStreamStates()));
    }
    return value;
  }

  /** Builds a {@link AirbyteGlobalState}. */
  public static final class Builder extends ImmutableAirbyteGlobalState.Builder {
    Builder() {}
  }
}
