package io.github.airbytekit.spectools;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares one of our schemas with upstream's, field by field, down through properties, array items and
 * map values. See {@link FindingKind} for the rules.
 */
final class SchemaComparison {
  static final String ARROW = " → ";
  private static final int MAX_DEPTH = 64;
  private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");
  private static final List<List<String>> WIDTHS = List.of(List.of("int32", "int64"), List.of("float", "double"));

  private final Side ours;
  private final Side upstream;
  private final Findings findings;
  /** Pairs of (our schema, upstream schema) on the current descent, so recursive schemas terminate. */
  private final Set<Pair> descent = new HashSet<>();

  SchemaComparison(Side ours, Side upstream, Findings findings) {
    this.ours = ours;
    this.upstream = upstream;
    this.findings = findings;
  }

  void compare(Direction direction, String where, @Nullable Object ourNode, @Nullable Object upNode) {
    compareSchema(direction, where, ourNode, upNode, 0);
  }

  private void compareSchema(Direction direction, String where, @Nullable Object ourNode, @Nullable Object upNode, int depth) {
    if (ourNode == null || upNode == null || depth > MAX_DEPTH) {
      return;
    }
    Pair pair = new Pair(ours.resolver.resolve(ourNode).node(), upstream.resolver.resolve(upNode).node());
    if (!descent.add(pair)) {
      return;
    }
    try {
      SchemaView our = ours.viewer.view(ourNode);
      SchemaView up = upstream.viewer.view(upNode);
      for (String ref : our.unresolvedRefs) {
        findings.add(Severity.WARNING, FindingKind.UNRESOLVED_REF, where, "our $ref '" + ref + "' does not resolve; not compared");
      }
      for (String ref : up.unresolvedRefs) {
        findings.unresolved(where, ref);
      }
      if (!up.unresolvedRefs.isEmpty() && up.types.isEmpty() && up.properties.isEmpty()) {
        return;
      }
      if (!compareTypes(direction, where, our, up)) {
        return;
      }
      compareFormats(direction, where, our, up);
      compareEnums(direction, where, our, up);
      compareProperties(direction, where, our, up, depth);
      if (our.items != null && up.items != null) {
        compareSchema(direction, where + "[]", our.items, up.items, depth + 1);
      }
      if (our.additionalProperties != null && up.additionalProperties != null) {
        compareSchema(direction, where + "{}", our.additionalProperties, up.additionalProperties, depth + 1);
      }
    } finally {
      descent.remove(pair);
    }
  }

  /** Returns whether the types are compatible enough to compare deeper. */
  private boolean compareTypes(Direction direction, String where, SchemaView our, SchemaView up) {
    if (our.types.isEmpty() || up.types.isEmpty() || our.types.equals(up.types)) {
      return true;
    }
    String message = "type changed: ours " + our.typeName() + ", upstream " + up.typeName();
    // integer is a subset of number: safe when we send integers to a number, or read integers as numbers.
    boolean safe =
        direction == Direction.REQUEST
            ? up.types.containsAll(our.types) || (our.types.equals(Set.of("integer")) && up.types.contains("number"))
            : our.types.containsAll(up.types) || (up.types.equals(Set.of("integer")) && our.types.contains("number"));
    findings.add(safe ? Severity.ADDITIVE : Severity.BREAKING, FindingKind.TYPE_CHANGED, where, message);
    return safe;
  }

  private void compareFormats(Direction direction, String where, SchemaView our, SchemaView up) {
    String a = our.format == null ? null : our.format.toLowerCase(Locale.ROOT);
    String b = up.format == null ? null : up.format.toLowerCase(Locale.ROOT);
    if (a == null ? b == null : a.equals(b)) {
      return;
    }
    if (!our.types.isEmpty() && Collections.disjoint(our.types, SCALARS)) {
      return; // a format on an array or object (e.g. upstream's "set") does not change the wire
    }
    boolean numeric = our.types.contains("integer") || our.types.contains("number");
    if (numeric && (a == null || b == null)) {
      return; // an unformatted integer or number is unspecified, not "any width"
    }
    String message = "format changed: ours " + (a == null ? "(none)" : a) + ", upstream " + (b == null ? "(none)" : b);
    // "wider" means upstream's set of values contains ours.
    Boolean upstreamWider = null;
    if (a == null) {
      upstreamWider = false;
    } else if (b == null) {
      upstreamWider = true;
    } else {
      for (List<String> widths : WIDTHS) {
        if (widths.contains(a) && widths.contains(b)) {
          upstreamWider = widths.indexOf(b) > widths.indexOf(a);
        }
      }
    }
    boolean safe =
        upstreamWider != null && (direction == Direction.REQUEST ? upstreamWider : !upstreamWider);
    findings.add(safe ? Severity.ADDITIVE : Severity.BREAKING, FindingKind.FORMAT_CHANGED, where, message);
  }

  private void compareEnums(Direction direction, String where, SchemaView our, SchemaView up) {
    if (our.enumValues == null && up.enumValues == null) {
      return;
    }
    if (our.enumValues == null) {
      findings.add(direction == Direction.REQUEST ? Severity.BREAKING : Severity.ADDITIVE, FindingKind.ENUM_ADDED, where,
          "upstream restricts values to enum " + up.enumValues);
      return;
    }
    if (up.enumValues == null) {
      findings.add(Severity.ADDITIVE, FindingKind.ENUM_REMOVED, where, "upstream no longer restricts values to an enum");
      return;
    }
    for (String value : up.enumValues) {
      if (!our.enumValues.contains(value)) {
        findings.add(Severity.ADDITIVE, FindingKind.ENUM_VALUE_ADDED, where, "enum value '" + value + "' added upstream");
      }
    }
    for (String value : our.enumValues) {
      if (!up.enumValues.contains(value)) {
        findings.add(direction == Direction.REQUEST ? Severity.BREAKING : Severity.ADDITIVE, FindingKind.ENUM_VALUE_REMOVED,
            where, "enum value '" + value + "' not documented upstream");
      }
    }
  }

  private void compareProperties(Direction direction, String where, SchemaView our, SchemaView up, int depth) {
    if (our.properties.isEmpty()) {
      return;
    }
    if (up.properties.isEmpty() && !up.declaresProperties) {
      if (up.unresolvedRefs.isEmpty()) {
        findings.add(Severity.WARNING, FindingKind.NOT_COMPARED, where,
            "upstream declares no properties here; " + our.properties.size() + " declared field(s) not compared");
      }
      return;
    }
    for (Map.Entry<String, Object> e : our.properties.entrySet()) {
      String name = e.getKey();
      String at = where + "." + name;
      Object upProperty = up.properties.get(name);
      if (upProperty == null) {
        findings.add(Severity.BREAKING, FindingKind.FIELD_MISSING, at, "field removed or renamed upstream" + fieldHint(name, our, up));
        continue;
      }
      findings.required(direction, at, our.required.contains(name), up.required.contains(name));
      compareNullability(direction, at, our.required.contains(name), e.getValue(), upProperty);
      compareSchema(direction, at, e.getValue(), upProperty, depth + 1);
    }
    if (direction == Direction.REQUEST) {
      for (String name : up.required) {
        if (!our.properties.containsKey(name) && up.properties.containsKey(name)
            && !upstream.viewer.view(up.properties.get(name)).readOnly) {
          findings.add(Severity.BREAKING, FindingKind.REQUIRED_FIELD_ADDED, where + "." + name,
              "required upstream but not declared by us");
        }
      }
    }
  }

  /** Only where it changes what the generated client assumes: a required response field, a request null. */
  private void compareNullability(Direction direction, String where, boolean ourRequired, Object ourNode, Object upNode) {
    boolean ourNullable = ours.viewer.view(ourNode).nullable;
    boolean upNullable = upstream.viewer.view(upNode).nullable;
    if (direction == Direction.RESPONSE && upNullable && !ourNullable && ourRequired) {
      findings.add(Severity.BREAKING, FindingKind.NULLABLE_ADDED, where, "may be null upstream");
    } else if (direction == Direction.REQUEST && ourNullable && !upNullable) {
      findings.add(Severity.BREAKING, FindingKind.NULLABLE_REMOVED, where, "upstream does not accept null");
    }
  }

  private static String fieldHint(String name, SchemaView our, SchemaView up) {
    for (String candidate : up.properties.keySet()) {
      if (!our.properties.containsKey(candidate) && Findings.similar(candidate, name)) {
        return " (upstream has '" + candidate + "')";
      }
    }
    return "";
  }

  /** Same name up to case, '-' and '_': the usual shape of a rename (grant_type vs grant-type). */
  /** Two schema nodes compared by identity: deep map equality would be slow and wrong for cycles. */
  private record Pair(Object ours, Object upstream) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Pair p && p.ours == ours && p.upstream == upstream;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(ours) + System.identityHashCode(upstream);
    }
  }
}
