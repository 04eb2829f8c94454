package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects the findings of one comparison, once each, in document order. */
final class Findings {
  private final String api;
  private final Set<Finding> findings = new LinkedHashSet<>();

  Findings(String api) {
    this.api = api;
  }

  void add(Severity severity, FindingKind kind, String where, String message) {
    findings.add(new Finding(api, severity, kind, where, message, null));
  }

  /** Required-ness of a parameter, body or field: see {@link FindingKind#REQUIRED_ADDED} and REQUIRED_REMOVED. */
  void required(Direction direction, String where, boolean ourRequired, boolean upRequired) {
    if (ourRequired == upRequired) {
      return;
    }
    boolean request = direction == Direction.REQUEST;
    if (upRequired) {
      add(request ? Severity.BREAKING : Severity.ADDITIVE, FindingKind.REQUIRED_ADDED, where,
          request ? "now required upstream" : "now always present upstream (required)");
    } else {
      add(request ? Severity.ADDITIVE : Severity.BREAKING, FindingKind.REQUIRED_REMOVED, where,
          request ? "no longer required upstream" : "no longer required upstream, may be absent");
    }
  }

  void unresolved(String where, String ref) {
    add(Severity.WARNING, FindingKind.UNRESOLVED_REF, where, "upstream $ref '" + ref + "' does not resolve; not compared");
  }

  List<Finding> list() {
    return new ArrayList<>(findings);
  }

  /** Same name up to case, '-' and '_': the usual shape of a rename (grant_type vs grant-type). */
  static boolean similar(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private static String canonical(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
