package io.github.airbytekit.testkit.internal.versions;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one property in a version profile: a scalar, a reference to a schema, an array or map of shapes, or
 * a free-form value.
 */
final class Shape {
  enum Kind {
    SCALAR,
    REF,
    ARRAY,
    MAP,
    FREE
  }

  final Kind kind;
  /** The schema name of a {@link Kind#REF}. */
  final @Nullable String ref;
  /** The item or value shape of an {@link Kind#ARRAY} or {@link Kind#MAP}. */
  final @Nullable Shape items;

  private Shape(Kind kind, @Nullable String ref, @Nullable Shape items) {
    this.kind = kind;
    this.ref = ref;
    this.items = items;
  }

  @SuppressWarnings("unchecked")
  static Shape parse(Map<String, Object> json) {
    if (json.containsKey("ref")) {
      return new Shape(Kind.REF, (String) json.get("ref"), null);
    }
    if (json.containsKey("array")) {
      return new Shape(Kind.ARRAY, null, parse((Map<String, Object>) json.get("array")));
    }
    if (json.containsKey("map")) {
      return new Shape(Kind.MAP, null, parse((Map<String, Object>) json.get("map")));
    }
    return new Shape(json.containsKey("free") ? Kind.FREE : Kind.SCALAR, null, null);
  }
}
