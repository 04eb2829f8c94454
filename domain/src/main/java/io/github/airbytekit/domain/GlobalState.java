package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The {@code globalState} of a Config API {@link ConnectionState}: a shared blob plus per-stream entries.
 *
 * <pre>{@code
 * GlobalState global = GlobalState.builder()
 *     .sharedState(RawJson.of("{\"cdc_offset\":\"12345\"}"))
 *     .streamStates(List.of(entry))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class GlobalState {
  GlobalState() {}

  /**
   * The shared blob (wire {@code shared_state}; {@code sharedState} is accepted when reading): null when absent, {@link
   * RawJson#nullValue()} when JSON null.
   *
   * @return the shared blob, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is
   *     JSON {@code null}
   */
  public abstract @Nullable RawJson getSharedState();

  /**
   * The per-stream entries (wire {@code streamStates}), or null when absent.
   *
   * @return the per-stream entries, unmodifiable; null if the property is absent or JSON {@code null} (an empty list
   *     stays empty)
   */
  public abstract @Nullable List<StreamState> getStreamStates();

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
  GlobalState normalize() {
    Names.checkAdditional(getAdditionalProperties(), "GlobalState", "shared_state", "sharedState", "streamStates");
    GlobalState value = this;
    if (Names.frozen(getStreamStates()) != getStreamStates()) {
      value = ((ImmutableGlobalState) value).withStreamStates(Names.frozen(getStreamStates()));
    }
    return value;
  }

  /** Builds a {@link GlobalState}. */
  public static final class Builder extends ImmutableGlobalState.Builder {
    Builder() {}
  }
}
