package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What is left of a connection's state when some of its streams start over, as Airbyte decides it. */
public final class StateScopes {
  private StateScopes() {}

  /**
   * The state after clearing {@code streams}: their entries are removed; a legacy state (which cannot be split by
   * stream) is cleared entirely. Returns null for "nothing saved".
   */
  public static @Nullable ConnectionState without(@Nullable ConnectionState state, List<StreamId> streams) {
    if (state == null || streams.isEmpty()) {
      return state;
    }
    if (StateType.LEGACY.equals(state.getStateType())) {
      return null;
    }
    ConnectionState cleared;
    try {
      cleared = state.withoutStreams(streams);
    } catch (AirbyteDataException unknownStateType) {
      return state;
    }
    return StateType.STREAM.equals(cleared.getStateType()) && cleared.streams().isEmpty() ? null : cleared;
  }
}
