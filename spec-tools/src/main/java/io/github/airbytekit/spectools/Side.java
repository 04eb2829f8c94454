package io.github.airbytekit.spectools;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One document of a comparison, with its resolver and the server path its paths hang off. */
final class Side {
  /** One parameter, after {@code $ref} resolution. */
  record Parameter(String name, String in, boolean required, @Nullable Object schema) {
    static String key(String in, String name) {
      return in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
    }
  }

  /**
   * One operation of the document.
   *
   * @param method the lower-case HTTP method, e.g. {@code get}
   * @param path the path as written in the document
   * @param item the resolved path item (for its parameters)
   * @param node the operation object
   */
  record Operation(String method, String path, Map<String, Object> item, Map<String, Object> node) {
    /** {@code GET /jobs}: how reports name an operation. */
    String label() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The {@code operationId}, or the label when the document gives none. */
    String id() {
      String id = Nodes.string(node.get("operationId"));
      return id == null ? label() : id;
    }
  }

  static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  final Resolver resolver;
  final SchemaView.Viewer viewer;
  private final Map<String, Object> root;
  final String basePath;
  private final Map<String, String> byFullPath = new LinkedHashMap<>();
  private final Map<String, String> byPath = new LinkedHashMap<>();

  Side(OpenApiDocument document) {
    this.root = document.root();
    this.resolver = new Resolver(root);
    this.viewer = new SchemaView.Viewer(resolver);
    this.basePath = basePath(root);
    for (String path : paths().keySet()) {
      byFullPath.putIfAbsent(template(basePath + path), path);
      byPath.putIfAbsent(template(path), path);
    }
  }

  Map<String, Object> paths() {
    return Nodes.map(root.get("paths"));
  }

  /** Every operation, in document order. */
  List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : paths().entrySet()) {
      Map<String, Object> item = resolver.resolve(e.getValue()).node();
      for (String method : METHODS) {
        if (item.get(method) instanceof Map) {
          out.add(new Operation(method, e.getKey(), item, Nodes.map(item.get(method))));
        }
      }
    }
    return out;
  }

  /**
   * This document's path for another document's path, or null: same server path first, then the bare
   * path (for documents whose servers differ); path-parameter names do not matter.
   */
  @Nullable String matchingPath(String otherBasePath, String otherPath) {
    String path = byFullPath.get(template(otherBasePath + otherPath));
    return path != null ? path : byPath.get(template(otherPath));
  }

  /** This document's operation matching another document's by method and path, or null. */
  @Nullable Operation matching(Side other, Operation operation) {
    String path = matchingPath(other.basePath, operation.path());
    if (path == null) {
      return null;
    }
    Map<String, Object> item = resolver.resolve(paths().get(path)).node();
    return item.get(operation.method()) instanceof Map
        ? new Operation(operation.method(), path, item, Nodes.map(item.get(operation.method())))
        : null;
  }

  /** Path templates compare with their parameter names erased: /jobs/{jobId} = /jobs/{id}. */
  static String template(String path) {
    String erased = path.replaceAll("\\{[^}/]*}", "{}");
    return erased.length() > 1 && erased.endsWith("/") ? erased.substring(0, erased.length() - 1) : erased;
  }

  /** The response documented for a status: exactly, as {@code 2XX}, or as {@code default}; else null. */
  static @Nullable Object response(Map<String, Object> responses, String status) {
    for (String key : List.of(status, status.charAt(0) + "XX", status.charAt(0) + "xx", "default")) {
      if (responses.get(key) != null) {
        return responses.get(key);
      }
    }
    return null;
  }

  /** A media type without parameters, in lower case: {@code application/json; charset=utf-8} → {@code application/json}. */
  static String mediaType(String type) {
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Our path-parameter name to the other document's, by position: names are not on the wire. */
  static Map<String, String> pathParameterNames(String ourPath, @Nullable String otherPath) {
    Map<String, String> names = new LinkedHashMap<>();
    if (otherPath == null) {
      return names;
    }
    String[] a = ourPath.split("/");
    String[] b = otherPath.split("/");
    for (int i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
      if (a[i].startsWith("{") && b[j].startsWith("{")) {
        names.put(strip(a[i]), strip(b[j]));
      }
    }
    return names;
  }

  private static String strip(String segment) {
    return segment.substring(1, segment.length() - (segment.endsWith("}") ? 1 : 0));
  }

  /** Path-level parameters, overridden by operation-level ones with the same location and name. */
  Map<String, Parameter> parameters(Map<String, Object> item, Map<String, Object> operation) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (Object node : concat(Nodes.list(item.get("parameters")), Nodes.list(operation.get("parameters")))) {
      Map<String, Object> p = resolver.resolve(node).node();
      String name = Nodes.string(p.get("name"));
      String in = Nodes.string(p.get("in"));
      if (name == null || in == null) {
        continue;
      }
      Object schema = p.get("schema");
      if (schema == null) {
        for (Object media : Nodes.map(p.get("content")).values()) {
          schema = Nodes.map(media).get("schema");
          break;
        }
      }
      boolean required = in.equals("path") || Nodes.isTrue(p.get("required"));
      out.put(Parameter.key(in, name), new Parameter(name, in, required, schema));
    }
    return out;
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    return Collections.unmodifiableList(out);
  }

  private static String basePath(Map<String, Object> root) {
    for (Object server : Nodes.list(root.get("servers"))) {
      String url = Nodes.string(Nodes.map(server).get("url"));
      if (url == null) {
        continue;
      }
      String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
      try {
        path = URI.create(path.replaceAll("[{}]", "")).getPath();
      } catch (IllegalArgumentException e) {
        // keep the raw text: it is only used to line up paths
      }
      path = path == null ? "" : path;
      return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
    return "";
  }
}
