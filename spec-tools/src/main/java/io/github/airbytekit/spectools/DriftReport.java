package io.github.airbytekit.spectools;

import java.util.List;
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
        out.append(", ").append(f.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append(", allowed: ").append(f.allowedBecause());
      }
      out.append('\n');
    }
  }

  /** Returns the report as one JSON object: {@code summary}, {@code sources} and {@code findings}. */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"summary\": {\"breaking\": ").append(breakingCount())
        .append(", \"additive\": ").append(additiveCount())
        .append(", \"warnings\": ").append(warningCount())
        .append(", \"allowed\": ").append(allowedCount()).append("},\n");
    out.append("  \"sources\": [");
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"api\": ").append(quote(s.api()))
          .append(", \"ours\": ").append(quote(s.ours()))
          .append(", \"upstream\": ").append(quote(s.upstream())).append('}');
    }
    out.append(sources.isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"findings\": [");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"api\": ").append(quote(f.api()))
          .append(", \"severity\": ").append(quote(f.severity().name()))
          .append(", \"kind\": ").append(quote(f.kind().name()))
          .append(", \"breaking\": ").append(f.isBreaking())
          .append(", \"where\": ").append(quote(f.where()))
          .append(", \"message\": ").append(quote(f.message()));
      if (f.allowedBecause() != null) {
        out.append(", \"allowedBecause\": ").append(quote(f.allowedBecause()));
      }
      out.append('}');
    }
    out.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  /** A JSON string literal in plain ASCII, so the report survives any console encoding. */
  private static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    return "DriftReport(" + summary() + ")";
  }
}
