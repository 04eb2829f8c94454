package io.github.airbytekit.spectools;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One comparison of our document with upstream's; collects the findings. See {@link FindingKind}. */
final class Comparison {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String ARROW = SchemaComparison.ARROW;

  private final Side ours;
  private final Side upstream;
  private final Findings findings;
  private final SchemaComparison schemas;

  Comparison(String api, OpenApiDocument ours, OpenApiDocument upstream) {
    this.ours = new Side(ours);
    this.upstream = new Side(upstream);
    this.findings = new Findings(api);
    this.schemas = new SchemaComparison(this.ours, this.upstream, findings);
  }

  List<Finding> run() {
    Map<String, String> upstreamByFullPath = new LinkedHashMap<>();
    Map<String, String> upstreamByPath = new LinkedHashMap<>();
    for (String path : upstream.paths().keySet()) {
      upstreamByFullPath.putIfAbsent(template(upstream.basePath + path), path);
      upstreamByPath.putIfAbsent(template(path), path);
    }
    for (Map.Entry<String, Object> pathEntry : ours.paths().entrySet()) {
      String ourPath = pathEntry.getKey();
      Map<String, Object> ourItem = ours.resolver.resolve(pathEntry.getValue()).node();
      // Same server + path first; then the bare path, for documents whose servers differ.
      String upPath = upstreamByFullPath.get(template(ours.basePath + ourPath));
      if (upPath == null) {
        upPath = upstreamByPath.get(template(ourPath));
      }
      Map<String, Object> upItem =
          upPath == null ? Map.of() : upstream.resolver.resolve(upstream.paths().get(upPath)).node();
      for (String method : METHODS) {
        if (!(ourItem.get(method) instanceof Map)) {
          continue;
        }
        String operation = method.toUpperCase(Locale.ROOT) + " " + ourPath;
        if (!(upItem.get(method) instanceof Map)) {
          findings.add(Severity.BREAKING, FindingKind.OPERATION_MISSING, operation, "operation not found upstream");
          continue;
        }
        compareOperation(
            operation,
            ourItem,
            Nodes.map(ourItem.get(method)),
            upItem,
            Nodes.map(upItem.get(method)),
            pathParameterNames(ourPath, upPath));
      }
    }
    return findings.list();
  }

  // ---- operations ----

  private void compareOperation(
      String operation,
      Map<String, Object> ourItem,
      Map<String, Object> ourOp,
      Map<String, Object> upItem,
      Map<String, Object> upOp,
      Map<String, String> pathNames) {
    compareParameters(operation, ours.parameters(ourItem, ourOp), upstream.parameters(upItem, upOp), pathNames);
    compareRequestBody(operation, ourOp.get("requestBody"), upOp.get("requestBody"));
    compareResponses(operation, Nodes.map(ourOp.get("responses")), Nodes.map(upOp.get("responses")));
  }

  /** Our path-parameter name to upstream's, by position: names are not on the wire. */
  private static Map<String, String> pathParameterNames(String ourPath, @Nullable String upPath) {
    Map<String, String> names = new LinkedHashMap<>();
    if (upPath == null) {
      return names;
    }
    String[] a = ourPath.split("/");
    String[] b = upPath.split("/");
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

  private void compareParameters(
      String operation,
      Map<String, Side.Parameter> ourParams,
      Map<String, Side.Parameter> upParams,
      Map<String, String> pathNames) {
    Set<String> matched = new HashSet<>();
    for (Side.Parameter ours : ourParams.values()) {
      String upName = ours.in().equals("path") ? pathNames.getOrDefault(ours.name(), ours.name()) : ours.name();
      String key = Side.Parameter.key(ours.in(), upName);
      Side.Parameter up = upParams.get(key);
      String where = operation + ARROW + ours.in() + " " + ours.name();
      if (up == null) {
        findings.add(Severity.BREAKING, FindingKind.PARAMETER_MISSING, where,
            "parameter removed or renamed upstream" + parameterHint(ours, upParams));
        continue;
      }
      matched.add(key);
      findings.required(Direction.REQUEST, where, ours.required(), up.required());
      schemas.compare(Direction.REQUEST, where, ours.schema(), up.schema());
    }
    for (Map.Entry<String, Side.Parameter> e : upParams.entrySet()) {
      Side.Parameter up = e.getValue();
      if (up.required() && !matched.contains(e.getKey())) {
        findings.add(Severity.BREAKING, FindingKind.PARAMETER_ADDED_REQUIRED,
            operation + ARROW + up.in() + " " + up.name(), "required upstream but not declared by us");
      }
    }
  }

  private static String parameterHint(Side.Parameter ours, Map<String, Side.Parameter> upParams) {
    for (Side.Parameter up : upParams.values()) {
      if (up.name().equalsIgnoreCase(ours.name()) && !up.in().equals(ours.in())) {
        return " (upstream has it in " + up.in() + ")";
      }
      if (Findings.similar(up.name(), ours.name())) {
        return " (upstream has " + up.in() + " '" + up.name() + "')";
      }
    }
    return "";
  }

  private void compareRequestBody(String operation, @Nullable Object ourNode, @Nullable Object upNode) {
    String where = operation + ARROW + "request";
    Map<String, Object> ourBody = ours.resolver.resolve(ourNode).node();
    Map<String, Object> upBody = upstream.resolver.resolve(upNode).node();
    boolean upRequired = Nodes.isTrue(upBody.get("required"));
    if (ourNode == null) {
      if (upNode != null && upRequired) {
        findings.add(Severity.BREAKING, FindingKind.REQUEST_BODY_ADDED_REQUIRED, where,
            "upstream requires a request body we do not declare");
      }
      return;
    }
    if (upNode == null) {
      findings.add(Severity.BREAKING, FindingKind.REQUEST_BODY_MISSING, where, "upstream documents no request body");
      return;
    }
    findings.required(Direction.REQUEST, where, Nodes.isTrue(ourBody.get("required")), upRequired);
    compareContent(Direction.REQUEST, where, true, Nodes.map(ourBody.get("content")), Nodes.map(upBody.get("content")));
  }

  private void compareResponses(String operation, Map<String, Object> ourResponses, Map<String, Object> upResponses) {
    for (Map.Entry<String, Object> e : ourResponses.entrySet()) {
      String status = e.getKey();
      boolean success = status.startsWith("2");
      String where = operation + ARROW + status;
      Object upNode = upResponses.get(status);
      if (upNode == null) {
        upNode = upResponses.get(status.charAt(0) + "XX");
      }
      if (upNode == null) {
        upNode = upResponses.get(status.charAt(0) + "xx");
      }
      if (upNode == null) {
        upNode = upResponses.get("default");
      }
      if (upNode == null && status.equals("default")) {
        continue; // our catch-all error response has no upstream counterpart to compare with
      }
      if (upNode == null) {
        findings.add(success ? Severity.BREAKING : Severity.ADDITIVE, FindingKind.RESPONSE_MISSING, where,
            "response not documented upstream");
        continue;
      }
      Resolver.Resolved upResponse = upstream.resolver.resolve(upNode);
      if (upResponse.missingRef() != null) {
        findings.unresolved(where, upResponse.missingRef());
        continue;
      }
      compareContent(Direction.RESPONSE, where, success,
          Nodes.map(ours.resolver.resolve(e.getValue()).node().get("content")),
          Nodes.map(upResponse.node().get("content")));
    }
  }

  private void compareContent(
      Direction direction, String where, boolean critical, Map<String, Object> ourContent, Map<String, Object> upContent) {
    Map<String, Object> upByType = new LinkedHashMap<>();
    upContent.forEach((type, media) -> upByType.putIfAbsent(mediaType(type), media));
    for (Map.Entry<String, Object> e : ourContent.entrySet()) {
      String type = mediaType(e.getKey());
      String at = type.equals("application/json") ? where : where + " (" + type + ")";
      Object upMedia = upByType.get(type);
      if (upMedia == null) {
        findings.add(critical ? Severity.BREAKING : Severity.ADDITIVE, FindingKind.MEDIA_TYPE_MISSING, at,
            "media type " + type + " not documented upstream");
        continue;
      }
      Object ourSchema = Nodes.map(e.getValue()).get("schema");
      Object upSchema = Nodes.map(upMedia).get("schema");
      if (ourSchema == null) {
        continue;
      }
      if (upSchema == null) {
        findings.add(Severity.WARNING, FindingKind.NOT_COMPARED, at, "upstream declares no schema; not compared");
        continue;
      }
      String root = Resolver.refName(ourSchema);
      schemas.compare(direction, at + ARROW + (root == null ? "(body)" : root), ourSchema, upSchema);
    }
  }

  private static String mediaType(String type) {
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Path templates compare with their parameter names erased: /jobs/{jobId} = /jobs/{id}. */
  private static String template(String path) {
    String erased = path.replaceAll("\\{[^}/]*}", "{}");
    return erased.length() > 1 && erased.endsWith("/") ? erased.substring(0, erased.length() - 1) : erased;
  }
}
