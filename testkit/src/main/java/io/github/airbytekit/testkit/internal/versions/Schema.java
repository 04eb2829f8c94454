package io.github.airbytekit.testkit.internal.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One schema of a version profile: an object, an enumeration, a choice ({@code oneOf}) or absent. */
final class Schema {
  enum Kind {
    OBJECT,
    ENUM,
    ONE_OF,
    ABSENT
  }

  final Kind kind;
  /** Object properties both the version and our documents declare. */
  final Map<String, Shape> properties;
  final Set<String> required;
  /** The version's values of an enumeration, in its order. */
  final List<String> values;
  final List<Shape> options;

  private Schema(Kind kind, Map<String, Shape> properties, Set<String> required, List<String> values, List<Shape> options) {
    this.kind = kind;
    this.properties = properties;
    this.required = required;
    this.values = values;
    this.options = options;
  }

  @SuppressWarnings("unchecked")
  static Schema parse(Map<String, Object> json) {
    if (Boolean.TRUE.equals(json.get("absent"))) {
      return new Schema(Kind.ABSENT, Map.of(), Set.of(), List.of(), List.of());
    }
    if (json.containsKey("enum")) {
      return new Schema(Kind.ENUM, Map.of(), Set.of(), List.copyOf((List<String>) json.get("enum")), List.of());
    }
    if (json.containsKey("oneOf")) {
      List<Shape> options = new ArrayList<>();
      for (Object option : (List<Object>) json.get("oneOf")) {
        options.add(Shape.parse((Map<String, Object>) option));
      }
      return new Schema(Kind.ONE_OF, Map.of(), Set.of(), List.of(), List.copyOf(options));
    }
    Map<String, Shape> properties = new LinkedHashMap<>();
    ((Map<String, Object>) json.getOrDefault("properties", Map.of()))
        .forEach((name, shape) -> properties.put(name, Shape.parse((Map<String, Object>) shape)));
    Set<String> required = Set.copyOf((List<String>) json.getOrDefault("required", List.of()));
    return new Schema(Kind.OBJECT, Map.copyOf(properties), required, List.of(), List.of());
  }
}
