package io.github.airbytekit.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small shared rules for names and properties. */
final class Names {
  private Names() {}

  static boolean sameNamespace(@Nullable String a, @Nullable String b) {
    return (a == null ? "" : a).equals(b == null ? "" : b);
  }

  /** Additional properties must not reuse a known property name, or the written JSON would repeat a key. */
  static void checkAdditional(Map<String, RawJson> additional, String type, String... known) {
    for (String k : known) {
      if (additional.containsKey(k)) {
        throw new IllegalStateException(
            type + ": additional property '" + k + "' is a known property; set it through its own attribute");
      }
    }
  }
}
