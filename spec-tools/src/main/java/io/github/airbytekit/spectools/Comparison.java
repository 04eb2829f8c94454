package io.github.airbytekit.spectools;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One comparison of our document with upstream's; collects the findings. See {@link FindingKind}. */
final class Comparison {
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
    for (Side.Operation ourOp : ours.operations()) {
      Side.Operation upOp = upstream.matching(ours, ourOp);
      if (upOp == null) {
        findings.add(Severity.BREAKING, FindingKind.OPERATION_MISSING, ourOp.label(), "operation not found upstream");
        continue;
      }
      compareOperation(ourOp.label(), ourOp.item(), ourOp.node(), upOp.item(), upOp.node(),
          Side.pathParameterNames(ourOp.path(), upOp.path()));
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
      Object upNode = Side.response(upResponses, status);
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
    upContent.forEach((type, media) -> upByType.putIfAbsent(Side.mediaType(type), media));
    for (Map.Entry<String, Object> e : ourContent.entrySet()) {
      String type = Side.mediaType(e.getKey());
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
}
