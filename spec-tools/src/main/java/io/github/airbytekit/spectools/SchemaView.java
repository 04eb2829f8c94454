package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A schema with its {@code $ref}s followed and {@code allOf}/{@code oneOf}/{@code anyOf} merged into one
 * set of properties, which is what both sides are compared by. Property, item and map schemas stay raw;
 * they are viewed when the comparison descends into them.
 */
final class SchemaView {
  final Set<String> types = new LinkedHashSet<>();
  @Nullable String format;
  @Nullable List<String> enumValues;
  final Map<String, Object> properties = new LinkedHashMap<>();
  final Set<String> required = new LinkedHashSet<>();
  @Nullable Object items;
  @Nullable Object additionalProperties;
  boolean readOnly;
  /** {@code nullable: true}, a {@code null} in a 3.1 type list or enum, or a nullable oneOf/anyOf variant. */
  boolean nullable;
  /** Whether the schema says anything about properties (even an empty list), so absent fields mean removed. */
  boolean declaresProperties;
  final List<String> unresolvedRefs = new ArrayList<>();

  String typeName() {
    return types.isEmpty() ? "(any)" : String.join("|", types);
  }

  boolean isObjectLike() {
    return types.contains("object") || declaresProperties || additionalProperties != null;
  }

  /** Builds views of the schemas of one document. */
  static final class Viewer {
    private final Resolver resolver;

    Viewer(Resolver resolver) {
      this.resolver = resolver;
    }

    SchemaView view(@Nullable Object node) {
      return flatten(node, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private SchemaView flatten(@Nullable Object node, Set<Object> visiting) {
      SchemaView view = new SchemaView();
      Resolver.Resolved resolved = resolver.resolve(node);
      if (resolved.missingRef() != null) {
        view.unresolvedRefs.add(resolved.missingRef());
        return view;
      }
      Map<String, Object> schema = resolved.node();
      if (!visiting.add(schema)) {
        return view; // a schema that composes itself: its first visit already holds everything
      }
      Object type = schema.get("type");
      for (Object t : type instanceof List ? Nodes.list(type) : List.of(type == null ? Nodes.NULL : type)) {
        String name = Nodes.string(t);
        if ("null".equals(name)) {
          view.nullable = true;
        } else if (name != null) {
          view.types.add(name);
        }
      }
      view.format = Nodes.string(schema.get("format"));
      view.nullable |= Nodes.isTrue(schema.get("nullable")) || Nodes.list(schema.get("enum")).contains(Nodes.NULL);
      if (schema.get("enum") instanceof List) {
        view.enumValues = strings(schema.get("enum"));
      } else if (schema.containsKey("const")) {
        view.enumValues = strings(List.of(schema.get("const")));
      }
      if (schema.containsKey("properties")) {
        view.declaresProperties = true;
        view.properties.putAll(Nodes.map(schema.get("properties")));
      }
      view.required.addAll(strings(schema.get("required")));
      if (schema.get("items") instanceof Map) {
        view.items = schema.get("items");
      }
      if (schema.get("additionalProperties") instanceof Map) {
        view.additionalProperties = schema.get("additionalProperties");
      }
      view.readOnly = Nodes.isTrue(schema.get("readOnly"));
      for (Object part : Nodes.list(schema.get("allOf"))) {
        view.mergeAllOf(flatten(part, visiting));
      }
      for (String key : List.of("oneOf", "anyOf")) {
        List<SchemaView> variants = new ArrayList<>();
        for (Object variant : Nodes.list(schema.get(key))) {
          variants.add(flatten(variant, visiting));
        }
        view.mergeVariants(variants);
      }
      visiting.remove(schema);
      if (view.types.isEmpty()) {
        if (view.declaresProperties || view.additionalProperties != null) {
          view.types.add("object");
        } else if (view.items != null) {
          view.types.add("array");
        }
      }
      return view;
    }

    private static List<String> strings(@Nullable Object node) {
      List<String> out = new ArrayList<>();
      for (Object item : Nodes.list(node)) {
        String s = Nodes.string(item);
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }
  }

  private void mergeAllOf(SchemaView part) {
    if (types.isEmpty()) {
      types.addAll(part.types);
    }
    if (format == null) {
      format = part.format;
    }
    if (enumValues == null) {
      enumValues = part.enumValues;
    }
    part.properties.forEach(properties::putIfAbsent);
    required.addAll(part.required);
    if (items == null) {
      items = part.items;
    }
    if (additionalProperties == null) {
      additionalProperties = part.additionalProperties;
    }
    declaresProperties |= part.declaresProperties;
    readOnly |= part.readOnly;
    unresolvedRefs.addAll(part.unresolvedRefs);
  }

  /** A field of any variant may appear; it is required only when every variant requires it. */
  private void mergeVariants(List<SchemaView> variants) {
    if (variants.isEmpty()) {
      return;
    }
    Set<String> requiredByAll = new LinkedHashSet<>(variants.get(0).required);
    Set<String> variantTypes = new LinkedHashSet<>();
    boolean allTyped = true;
    boolean allEnums = true;
    Set<String> enumUnion = new LinkedHashSet<>();
    Set<@Nullable String> formats = new LinkedHashSet<>();
    for (SchemaView variant : variants) {
      variant.properties.forEach(properties::putIfAbsent);
      requiredByAll.retainAll(variant.required);
      declaresProperties |= variant.declaresProperties;
      nullable |= variant.nullable;
      allTyped &= !variant.types.isEmpty();
      variantTypes.addAll(variant.types);
      if (variant.enumValues == null) {
        allEnums = false;
      } else {
        enumUnion.addAll(variant.enumValues);
      }
      formats.add(variant.format);
      if (items == null) {
        items = variant.items;
      }
      if (additionalProperties == null) {
        additionalProperties = variant.additionalProperties;
      }
      unresolvedRefs.addAll(variant.unresolvedRefs);
    }
    required.addAll(requiredByAll);
    if (types.isEmpty() && allTyped) {
      types.addAll(variantTypes);
    }
    if (enumValues == null && allEnums) {
      enumValues = new ArrayList<>(enumUnion);
    }
    if (format == null && formats.size() == 1) {
      format = formats.iterator().next();
    }
  }
}
