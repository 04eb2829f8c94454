package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks each of our operations' parameters, request bodies and responses in parallel with the matching
 * upstream operation (by property name, through {@code $ref}s, array items, map values, {@code allOf} parts
 * and {@code oneOf}/{@code anyOf} variants) and records, for every named schema of ours it reaches, the
 * upstream schemas found in the same places. Profiles and the "new upstream fields" report are built from
 * these pairs.
 */
final class SchemaPairing {
  private static final String SCHEMAS = "#/components/schemas/";
  private static final int MAX_DEPTH = 64;

  /** One named schema of ours and what upstream has where we use it. */
  static final class Paired {
    final String name;
    /** Our schema, {@code $ref}s followed. */
    final Map<String, Object> node;
    /** Upstream's schemas in the same places, {@code $ref}s followed, each once; empty when upstream has none. */
    final List<Map<String, Object>> upstream = new ArrayList<>();
    /** Our operations that receive it in a response. */
    final Set<String> readBy = new LinkedHashSet<>();

    Paired(String name, Map<String, Object> node) {
      this.name = name;
      this.node = node;
    }
  }

  /**
   * One of our operations and upstream's.
   *
   * @param upstream the operation with the same method and path upstream, or null when upstream has none
   */
  record Matched(Side.Operation ours, Side.@Nullable Operation upstream) {}

  private record Visit(String schema, @Nullable Object upstream, String operation, Direction direction) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Visit v && v.schema.equals(schema) && v.upstream == upstream
          && v.operation.equals(operation) && v.direction == direction;
    }

    @Override
    public int hashCode() {
      return ((schema.hashCode() * 31 + System.identityHashCode(upstream)) * 31 + operation.hashCode()) * 31
          + direction.hashCode();
    }
  }

  private final Side ours;
  private final Side upstream;
  private final List<Matched> operations = new ArrayList<>();
  private final Map<String, Paired> schemas = new LinkedHashMap<>();
  private final Set<Visit> visited = new HashSet<>();

  SchemaPairing(Side ours, Side upstream) {
    this.ours = ours;
    this.upstream = upstream;
    for (Side.Operation operation : ours.operations()) {
      pair(operation);
    }
  }

  /** Our operations, in document order, each with upstream's. */
  List<Matched> operations() {
    return operations;
  }

  /** Every named schema of ours that our operations reach, in the order first reached. */
  Map<String, Paired> schemas() {
    return schemas;
  }

  /** The name of a {@code #/components/schemas/NAME} reference, or null for anything else. */
  static @Nullable String schemaName(@Nullable Object node) {
    String ref = Nodes.string(Nodes.map(node).get("$ref"));
    if (ref == null || !ref.startsWith(SCHEMAS) || ref.indexOf('/', SCHEMAS.length()) >= 0) {
      return null;
    }
    return ref.substring(SCHEMAS.length());
  }

  private void pair(Side.Operation operation) {
    Side.Operation up = upstream.matching(ours, operation);
    operations.add(new Matched(operation, up));
    String id = operation.id();
    Map<String, String> pathNames = Side.pathParameterNames(operation.path(), up == null ? null : up.path());
    Map<String, Side.Parameter> upParams = up == null ? Map.of() : upstream.parameters(up.item(), up.node());
    for (Side.Parameter p : ours.parameters(operation.item(), operation.node()).values()) {
      String upName = p.in().equals("path") ? pathNames.getOrDefault(p.name(), p.name()) : p.name();
      Side.Parameter upParam = upParams.get(Side.Parameter.key(p.in(), upName));
      visit(p.schema(), upParam == null ? null : upParam.schema(), id, Direction.REQUEST, 0);
    }
    content(operation.node().get("requestBody"), up == null ? null : up.node().get("requestBody"), id, Direction.REQUEST);
    Map<String, Object> upResponses = up == null ? Map.of() : Nodes.map(up.node().get("responses"));
    for (Map.Entry<String, Object> e : Nodes.map(operation.node().get("responses")).entrySet()) {
      content(e.getValue(), Side.response(upResponses, e.getKey()), id, Direction.RESPONSE);
    }
  }

  /** A request body or a response: schemas pair up by media type. */
  private void content(@Nullable Object ourNode, @Nullable Object upNode, String id, Direction direction) {
    Map<String, Object> upByType = mediaTypes(upstream, upNode);
    mediaTypes(ours, ourNode).forEach((type, media) ->
        visit(Nodes.map(media).get("schema"), Nodes.map(upByType.get(type)).get("schema"), id, direction, 0));
  }

  private static Map<String, Object> mediaTypes(Side side, @Nullable Object node) {
    Map<String, Object> out = new LinkedHashMap<>();
    Nodes.map(side.resolver.resolve(node).node().get("content"))
        .forEach((type, media) -> out.putIfAbsent(Side.mediaType(type), media));
    return out;
  }

  private void visit(@Nullable Object ourNode, @Nullable Object upNode, String id, Direction direction, int depth) {
    if (ourNode == null || depth > MAX_DEPTH) {
      return;
    }
    Map<String, Object> up = resolveUpstream(upNode);
    String name = schemaName(ourNode);
    if (name != null) {
      Paired paired = schemas.computeIfAbsent(name, n -> new Paired(n, ours.resolver.resolve(ourNode).node()));
      if (direction == Direction.RESPONSE) {
        paired.readBy.add(id);
      }
      if (up != null && paired.upstream.stream().noneMatch(u -> u == up)) {
        paired.upstream.add(up);
      }
      if (!visited.add(new Visit(name, up, id, direction))) {
        return; // seen here already, or a recursive schema
      }
    }
    SchemaView our = ours.viewer.view(ourNode);
    SchemaView theirs = up == null ? null : upstream.viewer.view(up);
    our.properties.forEach((property, node) ->
        visit(node, theirs == null ? null : theirs.properties.get(property), id, direction, depth + 1));
    if (our.items != null) {
      visit(our.items, theirs == null ? null : theirs.items, id, direction, depth + 1);
    }
    if (our.additionalProperties != null) {
      visit(our.additionalProperties, theirs == null ? null : theirs.additionalProperties, id, direction, depth + 1);
    }
    // The merged view above covered the fields; named parts and variants are schemas of their own.
    Map<String, Object> schema = ours.resolver.resolve(ourNode).node();
    for (Object part : Nodes.list(schema.get("allOf"))) {
      visit(part, up, id, direction, depth + 1);
    }
    for (String key : List.of("oneOf", "anyOf")) {
      for (Object variant : Nodes.list(schema.get(key))) {
        visit(variant, variant(variant, up), id, direction, depth + 1);
      }
    }
  }

  private @Nullable Map<String, Object> resolveUpstream(@Nullable Object node) {
    if (node == null) {
      return null;
    }
    Resolver.Resolved resolved = upstream.resolver.resolve(node);
    return resolved.missingRef() == null ? resolved.node() : null;
  }

  /** Upstream's variant for one of ours: the same schema name, else the one sharing the most fields. */
  private @Nullable Object variant(Object ourVariant, @Nullable Map<String, Object> up) {
    if (up == null) {
      return null;
    }
    List<Object> candidates = new ArrayList<>(Nodes.list(up.get("oneOf")));
    candidates.addAll(Nodes.list(up.get("anyOf")));
    if (candidates.isEmpty()) {
      return up; // upstream declares one object where we declare variants: every variant pairs with it
    }
    String name = Resolver.refName(ourVariant);
    for (Object candidate : candidates) {
      if (name != null && name.equals(Resolver.refName(candidate))) {
        return candidate;
      }
    }
    Set<String> fields = ours.viewer.view(ourVariant).properties.keySet();
    Object best = null;
    long bestOverlap = 0;
    for (Object candidate : candidates) {
      long overlap = upstream.viewer.view(candidate).properties.keySet().stream().filter(fields::contains).count();
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
