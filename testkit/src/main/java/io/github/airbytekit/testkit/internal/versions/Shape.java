package io.github.airbytekit.testkit.internal.versions;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one property in a version profile: a scalar, a reference to a schema, an array or map of shapes, or
 * a free-form value; a string scalar may carry its format.
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
  /** The string format of a {@link Kind#SCALAR} both the version and our documents declare ({@code uuid}, …). */
  final @Nullable String format;

  private Shape(Kind kind, @Nullable String ref, @Nullable Shape items, @Nullable String format) {
    this.kind = kind;
    this.ref = ref;
    this.items = items;
    this.format = format;
  }

  @SuppressWarnings("unchecked")
  static Shape parse(Map<String, Object> json) {
    if (json.containsKey("ref")) {
      return new Shape(Kind.REF, (String) json.get("ref"), null, null);
    }
    if (json.containsKey("array")) {
      return new Shape(Kind.ARRAY, null, parse((Map<String, Object>) json.get("array")), null);
    }
    if (json.containsKey("map")) {
      return new Shape(Kind.MAP, null, parse((Map<String, Object>) json.get("map")), null);
    }
    if (json.containsKey("free")) {
      return new Shape(Kind.FREE, null, null, null);
    }
    return new Shape(Kind.SCALAR, null, null, (String) json.get("format"));
  }
}
