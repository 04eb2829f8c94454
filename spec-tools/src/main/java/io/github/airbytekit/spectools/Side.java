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

  final Resolver resolver;
  final SchemaView.Viewer viewer;
  private final Map<String, Object> root;
  final String basePath;

  Side(OpenApiDocument document) {
    this.root = document.root();
    this.resolver = new Resolver(root);
    this.viewer = new SchemaView.Viewer(resolver);
    this.basePath = basePath(root);
  }

  Map<String, Object> paths() {
    return Nodes.map(root.get("paths"));
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
