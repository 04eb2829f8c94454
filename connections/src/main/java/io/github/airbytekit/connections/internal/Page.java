package io.github.airbytekit.connections.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a public API list.
 *
 * @param next the link to the next page, only a stop signal (it may name an internal host); null on the last
 * @param data the items, never null
 * @param <T> the item type
 */
public record Page<T>(@Nullable String next, List<T> data) {
  /** Whether Airbyte says no page follows. */
  public boolean isLast() {
    return next == null || next.isEmpty();
  }
}
