package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Typed views of the YAML tree: maps with string keys, lists and scalars. */
final class Nodes {
  private Nodes() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object node) {
    return node instanceof List ? (List<Object>) node : List.of();
  }

  static @Nullable String string(@Nullable Object node) {
    return node == null || node == NULL || node instanceof Map || node instanceof List ? null : String.valueOf(node);
  }

  static boolean isTrue(@Nullable Object node) {
    return Boolean.TRUE.equals(node) || "true".equals(node);
  }

  /** Copies the tree with every key as a string: YAML reads unquoted {@code 200:} as an integer. */
  static @Nullable Object normalize(@Nullable Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object value = normalize(e.getValue());
        if (value != null) {
          copy.put(String.valueOf(e.getKey()), value);
        }
      }
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        Object value = normalize(item);
        copy.add(value == null ? NULL : value);
      }
      return copy;
    }
    return node;
  }

  /** Stands for a YAML null inside lists (e.g. {@code enum: [a, null]}), which are not values we compare. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };
}
