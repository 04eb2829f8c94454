package io.github.airbytekit.spectools;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Follows local {@code $ref}s ({@code #/components/...}) inside one document. */
final class Resolver {
  private static final int MAX_HOPS = 32;

  private final Map<String, Object> root;

  Resolver(Map<String, Object> root) {
    this.root = root;
  }

  /**
   * The target of a chain of references.
   *
   * @param node the resolved object (empty when missing)
   * @param name the last path segment of the first reference followed, e.g. {@code JobsResponse}
   * @param missingRef the reference that points nowhere (or outside the document), else null
   */
  record Resolved(Map<String, Object> node, @Nullable String name, @Nullable String missingRef) {}

  Resolved resolve(@Nullable Object node) {
    Map<String, Object> current = Nodes.map(node);
    String name = null;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      String ref = Nodes.string(current.get("$ref"));
      if (ref == null) {
        return new Resolved(current, name, null);
      }
      if (name == null) {
        name = ref.substring(ref.lastIndexOf('/') + 1);
      }
      Object target = pointer(ref);
      if (!(target instanceof Map)) {
        return new Resolved(Map.of(), name, ref);
      }
      current = Nodes.map(target);
    }
    return new Resolved(Map.of(), name, "(reference cycle) " + name);
  }

  /** The name a node's first {@code $ref} gives it, or null for an inline node. */
  static @Nullable String refName(@Nullable Object node) {
    String ref = Nodes.string(Nodes.map(node).get("$ref"));
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private @Nullable Object pointer(String ref) {
    if (!ref.startsWith("#/")) {
      return null; // other files and URLs are not followed
    }
    Object current = root;
    for (String raw : ref.substring(2).split("/", -1)) {
      String token =
          URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)
              .replace("~1", "/")
              .replace("~0", "~");
      if (current instanceof Map<?, ?> map) {
        current = map.get(token);
      } else if (current instanceof List<?> list && token.matches("\\d+")) {
        int index = Integer.parseInt(token);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }
}
