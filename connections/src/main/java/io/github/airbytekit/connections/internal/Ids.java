package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ids as the generated client sends them (UUIDs), refused before any request when they are not. */
final class Ids {
  private Ids() {}

  static UUID uuid(String what, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new AirbyteInputException(what + " must be a UUID, was '" + id + "'.", e);
    }
  }

  static @Nullable String text(@Nullable UUID id) {
    return id == null ? null : id.toString();
  }
}
