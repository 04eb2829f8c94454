package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an upstream version has that our documents do not declare but we could use: response properties
 * of schemas we read, and operations on the resources we call ({@code /connections/...}, {@code
 * /v1/state/...}). Information only: it never fails a check.
 */
final class UpstreamNews {
  private UpstreamNews() {}

  /**
   * Upstream properties of one schema we read that we do not declare.
   *
   * @param schema our schema name
   * @param properties upstream's property names, sorted
   * @param readBy our operations that receive the schema
   */
  record NewFields(String api, String schema, List<String> properties, List<String> readBy) {
    @Override
    public String toString() {
      return "[" + api + "] " + schema + ": +" + String.join(", +", properties) + " (read by " + String.join(", ", readBy) + ")";
    }
  }

  /**
   * An upstream operation on a resource we call, which our documents do not declare.
   *
   * @param method upper case, e.g. {@code POST}
   * @param operationId upstream's, or null when it gives none
   */
  record NewOperation(String api, String method, String path, @Nullable String operationId) {
    @Override
    public String toString() {
      return "[" + api + "] " + method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }
  }

  /** For every schema our operations read, upstream's properties that ours lacks; sorted by schema. */
  static List<NewFields> fields(String api, Side ours, Side upstream, SchemaPairing pairing) {
    TreeMap<String, NewFields> out = new TreeMap<>();
    pairing.schemas().forEach((name, paired) -> {
      SchemaView our = ours.viewer.view(paired.node);
      if (paired.readBy.isEmpty() || !our.declaresProperties) {
        return;
      }
      Set<String> added = new TreeSet<>();
      for (Object node : paired.upstream) {
        added.addAll(upstream.viewer.view(node).properties.keySet());
      }
      added.removeAll(our.properties.keySet());
      if (!added.isEmpty()) {
        out.put(name, new NewFields(api, name, List.copyOf(added), List.copyOf(paired.readBy)));
      }
    });
    return new ArrayList<>(out.values());
  }

  /** Upstream operations we do not declare whose path is on a resource we call; in upstream's order. */
  static List<NewOperation> operations(String api, Side ours, Side upstream) {
    Set<String> resources = new TreeSet<>();
    ours.operations().forEach(op -> resources.add(resource(op.path())));
    List<NewOperation> out = new ArrayList<>();
    for (Side.Operation op : upstream.operations()) {
      String path = Side.template(op.path());
      boolean onOurs = resources.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + "/"));
      if (onOurs && ours.matching(upstream, op) == null) {
        out.add(new NewOperation(api, op.label().substring(0, op.method().length()), op.path(),
            Nodes.string(op.node().get("operationId"))));
      }
    }
    return out;
  }

  /**
   * The resource a path addresses: without trailing path parameters, and without the action of an
   * RPC-style path ({@code /v1/state/get} → {@code /v1/state}; {@code /connections/{id}} → {@code /connections}).
   */
  static String resource(String path) {
    List<String> segments = new ArrayList<>(List.of(Side.template(path).replaceFirst("^/", "").split("/")));
    while (segments.size() > 1 && segments.get(segments.size() - 1).equals("{}")) {
      segments.remove(segments.size() - 1);
    }
    if (segments.size() >= 3) {
      segments.remove(segments.size() - 1);
    }
    return "/" + String.join("/", segments);
  }
}
