package io.github.airbytekit.spectools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drift check over a directory of Airbyte versions: our documents against each version's, with the
 * findings classified per version (see {@link CompatibilityReport} for the failure rule).
 */
final class CompatibilityCheck {
  private CompatibilityCheck() {}

  /**
   * Compares our documents with every version under {@code directory}.
   *
   * @param ours API label to the location of our document
   * @throws IllegalArgumentException if a document cannot be read
   */
  static CompatibilityReport run(Path directory, Map<String, String> ours, AllowList allowList) {
    Map<String, OpenApiDocument> documents = new LinkedHashMap<>();
    ours.forEach((api, location) -> documents.put(api, OpenApiDocument.load(location)));
    List<UpstreamVersion> versions = UpstreamVersion.discover(directory);
    List<VersionDrift> out = new ArrayList<>();
    for (UpstreamVersion version : versions) {
      out.add(check(version, version == versions.get(versions.size() - 1), documents, allowList));
    }
    return new CompatibilityReport(directory.toString(), out);
  }

  private static VersionDrift check(
      UpstreamVersion version, boolean baseline, Map<String, OpenApiDocument> ours, AllowList allowList) {
    List<DriftReport.Source> sources = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<UpstreamNews.NewFields> newFields = new ArrayList<>();
    List<UpstreamNews.NewOperation> newOperations = new ArrayList<>();
    Map<String, Side> ourSides = new LinkedHashMap<>();
    Set<String> apis = new LinkedHashSet<>();
    ours.forEach((api, document) -> {
      if (!version.has(api)) {
        return;
      }
      OpenApiDocument upstream = OpenApiDocument.load(version.document(api).toString());
      sources.add(new DriftReport.Source(api, document.location(), upstream.location()));
      findings.addAll(DriftChecker.compare(api, document, upstream));
      Side ourSide = new Side(document);
      Side upSide = new Side(upstream);
      newFields.addAll(UpstreamNews.fields(api, ourSide, upSide, new SchemaPairing(ourSide, upSide)));
      newOperations.addAll(UpstreamNews.operations(api, ourSide, upSide));
      ourSides.put(api, ourSide);
      apis.add(api);
    });
    // Upstream's known document errors are old; an entry matching nothing is news only against the baseline.
    DriftReport report = new DriftReport(sources, allowList.apply(findings, baseline ? apis : Set.of()));
    List<Gaps.Gap> gaps = new ArrayList<>();
    ourSides.forEach((api, side) -> gaps.addAll(new Gaps(api, side, version.label()).of(report.findings())));
    return new VersionDrift(version, baseline, report, gaps, newFields, newOperations);
  }
}
