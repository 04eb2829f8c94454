package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The findings of one drift check and what was compared, rendered as text or JSON.
 *
 * <p>{@code report.hasBreakingDrift()} decides the exit code; {@code report.toText()} lists breaking
 * findings first, each as {@code [api] where: message (KIND)}.
 */
public final class DriftReport {
  private final List<Source> sources;
  private final List<Finding> findings;

  /**
   * One pair of documents that was compared.
   *
   * @param api the API label
   * @param ours where our document came from
   * @param upstream where the upstream document came from
   */
  public record Source(String api, String ours, String upstream) {
    /** Checks that no component is null. */
    public Source {
      Objects.requireNonNull(api, "api == null");
      Objects.requireNonNull(ours, "ours == null");
      Objects.requireNonNull(upstream, "upstream == null");
    }
  }

  /** Creates a report of the given comparisons and findings. */
  public DriftReport(List<Source> sources, List<Finding> findings) {
    this.sources = List.copyOf(sources);
    this.findings = List.copyOf(findings);
  }

  /** Returns the compared document pairs. */
  public List<Source> sources() {
    return sources;
  }

  /** Returns every finding, allowed ones included, in document order. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the number of breaking findings the allow-list does not accept. */
  public int breakingCount() {
    return count(Finding::isBreaking);
  }

  /** Returns the number of additive findings the allow-list does not accept. */
  public int additiveCount() {
    return count(f -> f.severity() == Severity.ADDITIVE && f.allowedBecause() == null);
  }

  /** Returns the number of warnings. */
  public int warningCount() {
    return count(f -> f.severity() == Severity.WARNING && f.allowedBecause() == null);
  }

  /** Returns the number of findings the allow-list accepts. */
  public int allowedCount() {
    return count(f -> f.allowedBecause() != null);
  }

  private int count(Predicate<Finding> filter) {
    return (int) findings.stream().filter(filter).count();
  }

  /** Returns whether any breaking finding is not accepted by the allow-list. */
  public boolean hasBreakingDrift() {
    return breakingCount() > 0;
  }

  /** Returns the one-line summary, e.g. {@code 0 breaking, 3 additive, 1 warning, 1 allowed}. */
  public String summary() {
    return breakingCount() + " breaking, " + additiveCount() + " additive, "
        + warningCount() + (warningCount() == 1 ? " warning, " : " warnings, ") + allowedCount() + " allowed";
  }

  /** Returns the human-readable report. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("OpenAPI drift check: our documents against upstream\n");
    for (Source source : sources) {
      out.append("  ").append(source.api()).append(": ours ").append(source.ours())
          .append("\n  ").append(" ".repeat(source.api().length())).append("  upstream ").append(source.upstream()).append('\n');
    }
    out.append("Result: ").append(summary()).append('\n');
    return out.append(sections()).toString();
  }

  /** The findings, breaking first, each section headed by its title and count. */
  String sections() {
    StringBuilder out = new StringBuilder();
    section(out, "BREAKING: fix our document, or allow-list a documented upstream error", Finding::isBreaking);
    section(out, "ADDITIVE: safe for the client as generated; update our document when we need it",
        f -> f.severity() == Severity.ADDITIVE && f.allowedBecause() == null);
    section(out, "WARNING: not compared", f -> f.severity() == Severity.WARNING && f.allowedBecause() == null);
    section(out, "ALLOWED: accepted by the allow-list", f -> f.allowedBecause() != null);
    return out.toString();
  }

  private void section(StringBuilder out, String title, Predicate<Finding> filter) {
    List<Finding> selected = findings.stream().filter(filter).toList();
    if (selected.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(" (").append(selected.size()).append(")\n");
    for (Finding f : selected) {
      out.append("  ").append(f).append(" (").append(f.kind()).append(')');
      if (f.allowedBecause() != null) {
        out.append(", ").append(f.severity().name().toLowerCase(Locale.ROOT))
            .append(", allowed: ").append(f.allowedBecause());
      }
      out.append('\n');
    }
  }

  /** Returns the report as one JSON object: {@code summary}, {@code sources} and {@code findings}. */
  public String toJson() {
    return Json.write(toTree());
  }

  /** The JSON report as a tree of maps and lists, for {@link Json} and for reports that embed it. */
  Map<String, Object> toTree() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("breaking", breakingCount());
    summary.put("additive", additiveCount());
    summary.put("warnings", warningCount());
    summary.put("allowed", allowedCount());
    List<Object> sourceList = new ArrayList<>();
    for (Source s : sources) {
      sourceList.add(Map.of("api", s.api(), "ours", s.ours(), "upstream", s.upstream()));
    }
    List<Object> findingList = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("api", f.api());
      finding.put("severity", f.severity().name());
      finding.put("kind", f.kind().name());
      finding.put("breaking", f.isBreaking());
      finding.put("where", f.where());
      finding.put("message", f.message());
      if (f.allowedBecause() != null) {
        finding.put("allowedBecause", f.allowedBecause());
      }
      findingList.add(finding);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("summary", summary);
    tree.put("sources", sourceList);
    tree.put("findings", findingList);
    return tree;
  }

  @Override
  public String toString() {
    return "DriftReport(" + summary() + ")";
  }
}
