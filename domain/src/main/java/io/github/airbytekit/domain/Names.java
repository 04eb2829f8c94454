package io.github.airbytekit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small shared rules for names and properties. */
final class Names {
  private Names() {}

  /**
   * An unmodifiable copy of {@code list}, or the list itself if it is already one. Immutables gives nullable
   * collections no defensive copy under a strict builder, so the value types freeze them in their check.
   */
  static <T> @Nullable List<T> frozen(@Nullable List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** As {@link #frozen}, also freezing each inner list. */
  static @Nullable List<List<String>> frozenPaths(@Nullable List<List<String>> paths) {
    if (paths == null) {
      return null;
    }
    List<List<String>> outer = List.copyOf(paths);
    boolean same = outer == paths;
    List<List<String>> inner = new ArrayList<>(outer.size());
    for (List<String> p : outer) {
      List<String> f = List.copyOf(p);
      same &= f == p;
      inner.add(f);
    }
    return same ? paths : List.copyOf(inner);
  }

  /** Additional properties must not reuse a known property name, or the written JSON would repeat a key. */
  static void checkAdditional(Map<String, RawJson> additional, String type, String... known) {
    if (additional.isEmpty()) {
      return;
    }
    List<String> clashes = new ArrayList<>();
    for (String k : known) {
      if (additional.containsKey(k)) {
        clashes.add(k);
      }
    }
    if (!clashes.isEmpty()) { // every clash at once, not one per attempt
      throw new IllegalStateException(type + ": additional properties " + clashes
          + " are known properties; set them through their own attributes");
    }
  }
}
