package io.github.airbytekit.testkit.internal;

import java.util.UUID;

/** UUIDs are compared in canonical (lower-case) form, as Airbyte parses them. */
public final class Ids {
  private Ids() {}

  /** Returns the canonical form of a UUID, or {@code id} unchanged when it is not one. */
  public static String canonical(String id) {
    try {
      return UUID.fromString(id).toString();
    } catch (IllegalArgumentException e) {
      return id;
    }
  }
}
