package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drift check over several Airbyte versions, rendered as a summary table with details per version,
 * or as JSON.
 *
 * <p>The failure rule: only <em>breaking</em> findings against the baseline (latest, or the newest version
 * when the directory has no latest) fail the check; our documents must never contradict today's Airbyte.
 * For older versions the same disagreements are compatibility <em>gaps</em>, reported per thing with the
 * operations they affect but never failing, because an old server lacking something new is expected and
 * the client has to cope with it (the version profiles and the testkit make that testable).
 */
final class CompatibilityReport {
  private static final String LEGEND = """
      breaking        our documents contradict the baseline: fails the check
      gaps            what our documents rely on (a property we require, anything we send, an operation)
                      that the version does not guarantee: information, never fails
      absent          optional properties we read that the version lacks: harmless for a tolerant reader
      new fields      response properties the version has on schemas we read, undeclared by us
      new operations  operations the version has on the resources we call, undeclared by us
      """;

  private final String directory;
  private final List<VersionDrift> versions;

  CompatibilityReport(String directory, List<VersionDrift> versions) {
    this.directory = directory;
    this.versions = List.copyOf(versions);
  }

  List<VersionDrift> versions() {
    return versions;
  }

  /** Whether the baseline has breaking findings the allow-list does not accept. */
  boolean hasBreakingDrift() {
    return versions.stream().anyMatch(v -> v.breaking() > 0);
  }

  String toText() {
    StringBuilder out = new StringBuilder();
    out.append("OpenAPI drift check: our documents against ").append(versions.size()).append(" Airbyte versions in ")
        .append(directory).append('\n');
    if (!versions.isEmpty()) {
      for (DriftReport.Source source : versions.get(0).report().sources()) {
        out.append("  ").append(source.api()).append(": ours ").append(source.ours()).append('\n');
      }
    }
    out.append('\n').append(table()).append('\n').append(LEGEND);
    for (int i = versions.size() - 1; i >= 0; i--) {
      details(out, versions.get(i));
    }
    return out.toString();
  }

  /** The summary: one row per version, oldest first. */
  String table() {
    String format = "%-9s %8s %5s %6s %10s %14s%n";
    StringBuilder out = new StringBuilder(String.format(format, "version", "breaking", "gaps", "absent", "new fields",
        "new operations"));
    for (VersionDrift v : versions) {
      out.append(String.format(format, v.version().label(), v.baseline() ? String.valueOf(v.breaking()) : "-",
          v.relied().size(), v.absent().size(), v.newFieldCount(), v.newOperations().size()));
    }
    return out.toString();
  }

  private static void details(StringBuilder out, VersionDrift v) {
    String label = v.version().label();
    out.append("\n== ").append(label);
    if (v.baseline()) {
      out.append(" (baseline): ").append(v.report().summary()).append('\n');
      for (DriftReport.Source source : v.report().sources()) {
        out.append("  ").append(source.api()).append(": upstream ").append(source.upstream()).append('\n');
      }
      out.append(v.report().sections());
    } else {
      out.append(": ").append(v.report().breakingCount()).append(" findings would be breaking against it, reported as gaps\n");
      for (DriftReport.Source source : v.report().sources()) {
        out.append("  ").append(source.api()).append(": upstream ").append(source.upstream()).append('\n');
      }
    }
    section(out, "GAPS: what our documents rely on that " + label + " does not guarantee", v.relied());
    section(out, "ABSENT: optional properties we read that " + label + " does not have", v.absent());
    section(out, "NEW FIELDS (information): response properties of " + label + " our documents do not declare",
        v.newFields());
    if (v.baseline()) {
      section(out, "NEW OPERATIONS (information): operations of " + label + " on the resources we call",
          v.newOperations());
    } else if (!v.newOperations().isEmpty()) {
      out.append("\nNEW OPERATIONS (information): ").append(v.newOperations().size())
          .append(" on the resources we call, listed in the JSON report\n");
    }
  }

  private static void section(StringBuilder out, String title, List<?> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
    lines.forEach(line -> out.append("  ").append(line).append('\n'));
  }

  String toJson() {
    List<Object> list = new ArrayList<>();
    for (VersionDrift v : versions) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("breaking", v.breaking());
      summary.put("gaps", v.relied().size());
      summary.put("absent", v.absent().size());
      summary.put("newFields", v.newFieldCount());
      summary.put("newOperations", v.newOperations().size());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("version", v.version().version());
      entry.put("baseline", v.baseline());
      entry.put("summary", summary);
      entry.put("gaps", gaps(v.relied()));
      entry.put("absent", gaps(v.absent()));
      List<Object> fields = new ArrayList<>();
      v.newFields().forEach(f -> fields.add(Map.of("api", f.api(), "schema", f.schema(), "properties", f.properties(),
          "readBy", f.readBy())));
      entry.put("newFields", fields);
      List<Object> operations = new ArrayList<>();
      for (UpstreamNews.NewOperation op : v.newOperations()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("api", op.api());
        o.put("method", op.method());
        o.put("path", op.path());
        o.put("operationId", op.operationId());
        operations.add(o);
      }
      entry.put("newOperations", operations);
      entry.put("drift", v.report().toTree());
      list.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("upstreamDirectory", directory);
    root.put("breaking", hasBreakingDrift());
    root.put("versions", list);
    return Json.write(root);
  }

  private static List<Object> gaps(List<Gaps.Gap> gaps) {
    List<Object> out = new ArrayList<>();
    for (Gaps.Gap g : gaps) {
      out.add(Map.of("api", g.api(), "subject", g.subject(), "kind", g.kind().name(), "message", g.message(),
          "operations", g.operations()));
    }
    return out;
  }
}
