package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the findings our documents and one Airbyte version disagree on into compatibility gaps: one per
 * thing (a schema property, an enum, a parameter, an operation), with our operations it affects. The
 * thing is named by our innermost schema, so {@code ConnectionsResponse.data[].statusReason} and {@code
 * ConnectionResponse.statusReason} are one gap, {@code ConnectionResponse.statusReason}.
 */
final class Gaps {
  private static final String ARROW = SchemaComparison.ARROW;
  private static final Pattern TOKEN = Pattern.compile("\\.([^.\\[{]+)|\\[]|\\{}");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Set<FindingKind> VALUE_KINDS = Set.of(FindingKind.ENUM_VALUE_REMOVED, FindingKind.ENUM_ADDED,
      FindingKind.ENUM_REMOVED, FindingKind.ENUM_VALUE_ADDED, FindingKind.TYPE_CHANGED, FindingKind.FORMAT_CHANGED);

  /**
   * One thing our documents rely on that a version does not guarantee.
   *
   * @param relied true when our documents rely on it (a property we require, anything we send, an
   *     operation); false for an optional property we read that the version lacks
   * @param subject our schema and property, enum, parameter or operation, e.g. {@code WebBackendConnectionRead.onDemandEnabled}
   * @param message what the version has differently, e.g. {@code required by us, not in v2.0.0}
   * @param operations our operations it affects, by {@code operationId}, in document order
   */
  record Gap(String api, boolean relied, String subject, FindingKind kind, String message, List<String> operations) {
    @Override
    public String toString() {
      return "[" + api + "] " + subject + ": " + message + " → affects " + String.join(", ", operations);
    }
  }

  private record Key(boolean relied, String subject, FindingKind kind, String message) {}

  private final String api;
  private final Side ours;
  private final String version;
  private final Map<String, Side.Operation> operations = new LinkedHashMap<>();

  /**
   * @param version how messages name the version, e.g. {@code v2.0.0}
   */
  Gaps(String api, Side ours, String version) {
    this.api = api;
    this.ours = ours;
    this.version = version;
    ours.operations().forEach(op -> operations.put(op.label(), op));
  }

  /** The gaps behind this API's breaking findings (allowed ones excluded), in the order first found. */
  List<Gap> of(List<Finding> findings) {
    Map<Key, Set<String>> grouped = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (finding.api().equals(api) && finding.isBreaking()) {
        String[] parts = finding.where().split(ARROW, 3);
        Side.Operation operation = operations.get(parts[0]);
        Key key = key(finding, parts, operation);
        grouped.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(operation == null ? parts[0] : operation.id());
      }
    }
    List<String> order = operations.values().stream().map(Side.Operation::id).toList();
    List<Gap> out = new ArrayList<>();
    grouped.forEach((key, ids) -> {
      List<String> sorted = new ArrayList<>(ids);
      sorted.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
      out.add(new Gap(api, key.relied(), key.subject(), key.kind(), key.message(), sorted));
    });
    return out;
  }

  private Key key(Finding finding, String[] parts, Side.@Nullable Operation operation) {
    FindingKind kind = finding.kind();
    boolean value = VALUE_KINDS.contains(kind);
    Subject subject;
    if (parts.length < 2 || operation == null) {
      subject = new Subject(finding.where(), false);
    } else if (parts.length == 3 && !parts[2].startsWith("(")) {
      subject = schemaSubject(parts[2], value);
    } else {
      subject = parameterSubject(operation, parts[0] + ARROW + parts[1], parts[1], value);
    }
    boolean request = parts.length >= 2 && isRequest(parts[1]);
    // Only an optional property we read is harmless when absent; anything we send or require is relied on.
    boolean relied = request || subject.required() || kind != FindingKind.FIELD_MISSING;
    return new Key(relied, subject.name(), kind, message(finding, request, subject.required()));
  }

  private static boolean isRequest(String part) {
    return part.startsWith("request") || part.matches("(query|path|header|cookie) .*");
  }

  /**
   * @param required whether the last step is a property our schema requires
   */
  private record Subject(String name, boolean required) {}

  /** {@code Root.a[].b}: our innermost named schema, then what follows it. */
  private Subject schemaSubject(String path, boolean value) {
    Matcher root = Pattern.compile("^[^.\\[{]+").matcher(path);
    if (!root.find()) {
      return new Subject(path, false);
    }
    return walk(Map.of("$ref", "#/components/schemas/" + root.group()), root.group(), path.substring(root.end()), value);
  }

  /** {@code query status[]}: the parameter's schema, named when it refers to one of ours. */
  private Subject parameterSubject(Side.Operation operation, String label, String part, boolean value) {
    Matcher m = Pattern.compile("^(\\S+) ([^\\[{ ]+)(.*)$").matcher(part);
    if (!m.matches()) {
      return new Subject(label, false);
    }
    for (Side.Parameter p : ours.parameters(operation.item(), operation.node()).values()) {
      if (p.in().equals(m.group(1)) && p.name().equals(m.group(2)) && p.schema() != null) {
        String base = label.substring(0, label.length() - m.group(3).length());
        String named = value && m.group(3).isEmpty() ? SchemaPairing.schemaName(p.schema()) : null;
        return named != null ? new Subject(named, false) : walk(p.schema(), base, m.group(3), value);
      }
    }
    return new Subject(label, false);
  }

  private Subject walk(Object start, String startName, String rest, boolean value) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(rest);
    while (m.find()) {
      tokens.add(m.group());
    }
    String named = startName;
    StringBuilder suffix = new StringBuilder();
    Object node = start;
    boolean required = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      SchemaView view = ours.viewer.view(node);
      Object next;
      if (token.startsWith(".")) {
        String property = token.substring(1);
        required = view.required.contains(property);
        next = view.properties.get(property);
      } else {
        required = false;
        next = token.equals("[]") ? view.items : view.additionalProperties;
      }
      suffix.append(token);
      if (next == null) {
        tokens.subList(i + 1, tokens.size()).forEach(suffix::append);
        return new Subject(named + suffix, required);
      }
      node = next;
      String name = SchemaPairing.schemaName(node);
      if (name != null && (i < tokens.size() - 1 || value)) {
        named = name;
        suffix.setLength(0);
      }
    }
    return new Subject(named + suffix, required);
  }

  private String message(Finding finding, boolean request, boolean required) {
    String in = "in " + version;
    return switch (finding.kind()) {
      case FIELD_MISSING -> {
        String hint = finding.message().replace("field removed or renamed upstream", "");
        yield (request ? "sent by us, not " + in : required ? "required by us, not " + in : "not " + in + " (optional for us)")
            + hint;
      }
      case REQUIRED_REMOVED -> "required by us, optional " + in;
      case NULLABLE_ADDED -> "required by us, may be null " + in;
      case OPERATION_MISSING -> "operation not " + in;
      case PARAMETER_MISSING -> "sent by us, not " + in + finding.message().replace("parameter removed or renamed upstream", "");
      case ENUM_VALUE_REMOVED -> {
        Matcher quoted = QUOTED.matcher(finding.message());
        yield quoted.find() ? "we may send " + quoted.group() + ", not " + in : finding.message();
      }
      default -> finding.message()
          .replace("now required upstream", "required by " + version + ", optional for us")
          .replace("required upstream", "required by " + version)
          .replace("documented upstream", "documented " + in)
          .replace("upstream", version);
    };
  }
}
