package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The profile entry of one of our named schemas: what upstream declares where we use it, in our
 * document's terms (see {@code openapi/README.md}, "Version profiles"). Where one schema of ours meets
 * several upstream schemas, the entry keeps only what all of them guarantee: a property is required only
 * when every one requires it, missing when any one lacks it, and an enum value exists only when every one
 * has it.
 */
final class SchemaProfile {
  private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");

  private final Side ours;
  private final Side upstream;

  SchemaProfile(Side ours, Side upstream) {
    this.ours = ours;
    this.upstream = upstream;
  }

  Map<String, Object> entry(SchemaPairing.Paired paired) {
    if (paired.upstream.isEmpty()) {
      return object("absent", true);
    }
    SchemaView our = ours.viewer.view(paired.node);
    List<SchemaView> theirs = paired.upstream.stream().map(upstream.viewer::view).toList();
    if (our.enumValues != null) {
      return enumEntry(our, theirs);
    }
    List<Object> variants = new ArrayList<>(Nodes.list(paired.node.get("oneOf")));
    variants.addAll(Nodes.list(paired.node.get("anyOf")));
    if (!variants.isEmpty() && !paired.node.containsKey("properties")) {
      return object("oneOf", variants.stream().map(v -> shape(v, null)).toList());
    }
    if (!our.properties.isEmpty()) {
      return objectEntry(our, theirs);
    }
    return shape(paired.node, paired.upstream.get(0));
  }

  private static Map<String, Object> enumEntry(SchemaView our, List<SchemaView> theirs) {
    List<String> values = null;
    for (SchemaView up : theirs) {
      if (up.enumValues != null) {
        if (values == null) {
          values = new ArrayList<>(up.enumValues);
        } else {
          values.retainAll(up.enumValues);
        }
      }
    }
    Map<String, Object> entry = new TreeMap<>();
    if (values == null) {
      entry.put("enum", null); // upstream does not restrict the values here
      return entry;
    }
    entry.put("enum", values);
    List<String> added = new ArrayList<>();
    for (String value : our.enumValues == null ? List.<String>of() : our.enumValues) {
      if (!values.contains(value)) {
        added.add(value);
      }
    }
    if (!added.isEmpty()) {
      entry.put("added", added);
    }
    return entry;
  }

  private Map<String, Object> objectEntry(SchemaView our, List<SchemaView> theirs) {
    Set<String> declared = null;
    Set<String> required = null;
    for (SchemaView up : theirs) {
      if (!up.declaresProperties) {
        continue; // a free-form object upstream rules nothing out
      }
      Set<String> both = new LinkedHashSet<>(our.properties.keySet());
      both.retainAll(up.properties.keySet());
      Set<String> requiredHere = new TreeSet<>(up.required);
      requiredHere.retainAll(both);
      if (declared == null) {
        declared = both;
        required = requiredHere;
      } else {
        declared.retainAll(both);
        required.retainAll(requiredHere);
      }
    }
    if (declared == null || required == null) {
      return object("free", true);
    }
    Map<String, Object> properties = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Object> e : our.properties.entrySet()) {
      if (declared.contains(e.getKey())) {
        properties.put(e.getKey(), shape(e.getValue(), upstreamProperty(theirs, e.getKey())));
      } else {
        missing.add(e.getKey());
      }
    }
    missing.sort(null);
    Map<String, Object> entry = new TreeMap<>();
    entry.put("required", new ArrayList<>(required));
    entry.put("properties", properties);
    if (!missing.isEmpty()) {
      entry.put("missing", missing);
    }
    return entry;
  }

  private static @Nullable Object upstreamProperty(List<SchemaView> theirs, String name) {
    for (SchemaView up : theirs) {
      if (up.properties.containsKey(name)) {
        return up.properties.get(name);
      }
    }
    return null;
  }

  /**
   * A value's shape in our terms: our schema name where we refer to one, else our structure, with
   * upstream's scalar type where it declares one and the string format both declare.
   */
  Map<String, Object> shape(Object ourNode, @Nullable Object upNode) {
    String name = SchemaPairing.schemaName(ourNode);
    if (name != null) {
      return object("ref", name);
    }
    SchemaView our = ours.viewer.view(ourNode);
    SchemaView up = upNode == null ? null : upstream.viewer.view(upNode);
    if (our.items != null) {
      return object("array", shape(our.items, up == null ? null : up.items));
    }
    if (our.types.contains("array")) {
      return object("array", object("free", true));
    }
    if (our.additionalProperties != null) {
      return object("map", shape(our.additionalProperties, up == null ? null : up.additionalProperties));
    }
    String type = our.types.size() == 1 ? our.types.iterator().next() : null;
    if (type == null || !SCALARS.contains(type)) {
      return object("free", true); // free-form object, or any value
    }
    if (up != null && up.types.size() == 1 && SCALARS.contains(up.types.iterator().next())) {
      type = up.types.iterator().next();
    }
    Map<String, Object> scalar = object("type", type);
    String format = agreedFormat(our, up);
    if (type.equals("string") && format != null) {
      scalar.put("format", format);
    }
    return scalar;
  }

  /**
   * The format of a string both sides declare (case is ignored: upstream's {@code UUID} is {@code uuid}), in lower
   * case; null when either side declares none or they differ. Where the version declares no format its server
   * accepts any string there.
   */
  private static @Nullable String agreedFormat(SchemaView our, @Nullable SchemaView up) {
    if (our.format == null || up == null || up.format == null || !our.format.equalsIgnoreCase(up.format)) {
      return null;
    }
    return our.format.toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, Object> object(String key, @Nullable Object value) {
    Map<String, Object> out = new TreeMap<>();
    out.put(key, value);
    return out;
  }
}
