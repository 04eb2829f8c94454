package io.github.airbytekit.spectools;

import java.util.List;

/**
 * What the drift check found for one Airbyte version.
 *
 * @param baseline whether this is the version our documents must not contradict (latest, else the newest)
 * @param report the findings of our documents against this version's, the allow-list applied
 * @param gaps what our documents rely on or read that this version does not guarantee
 * @param newFields upstream response properties we do not declare
 * @param newOperations upstream operations on our resources that we do not declare
 */
record VersionDrift(
    UpstreamVersion version,
    boolean baseline,
    DriftReport report,
    List<Gaps.Gap> gaps,
    List<UpstreamNews.NewFields> newFields,
    List<UpstreamNews.NewOperation> newOperations) {

  /** Breaking findings that fail the check: only the baseline's count. */
  int breaking() {
    return baseline ? report.breakingCount() : 0;
  }

  /** Gaps in what our documents rely on: required properties we read, anything we send, operations. */
  List<Gaps.Gap> relied() {
    return gaps.stream().filter(Gaps.Gap::relied).toList();
  }

  /** Optional properties we read that this version lacks: harmless for a tolerant reader. */
  List<Gaps.Gap> absent() {
    return gaps.stream().filter(g -> !g.relied()).toList();
  }

  /** The number of upstream properties we could read, over every schema. */
  int newFieldCount() {
    return newFields.stream().mapToInt(f -> f.properties().size()).sum();
  }
}
