package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Our documents against every Airbyte version in ../shared/reference: no breaking drift against latest,
 * and the older versions' differences reported as gaps. Prints the summary table (the per-version
 * figures) into the test output. Skips when ../shared is absent.
 */
class MultiVersionReferenceDriftTest {

  @Test
  void onlyLatestCanBreakAndOlderVersionsReportWhatTheyLack() {
    Path reference = SharedReference.withVersions();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = DriftCheck.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
        "--upstream-dir=" + reference);
    String report = out.toString(StandardCharsets.UTF_8);
    System.out.println(report.substring(0, report.indexOf("\n== ")));

    assertThat(exit).as(report).isEqualTo(DriftCheck.EXIT_NO_BREAKING_DRIFT);
    assertThat(report).containsPattern("\nv1\\.4\\.0 +- ").containsPattern("\nv1\\.6\\.0 +- ")
        .containsPattern("\nv1\\.8\\.0 +- ").containsPattern("\nv2\\.0\\.0 +- ").containsPattern("\nlatest +0 ");
    // the example: released versions lack onDemandEnabled (a gap while we require it, absent once optional)
    String v200 = report.substring(report.indexOf("\n== v2.0.0"), report.indexOf("\n== v1.8.0"));
    assertThat(v200).containsPattern("\\[config] WebBackendConnectionRead\\.onDemandEnabled: .*not in v2\\.0\\.0.*"
        + " → affects webBackendGetConnection, webBackendUpdateConnection");
    String latest = report.substring(report.indexOf("\n== latest"), report.indexOf("\n== v2.0.0"));
    assertThat(latest).doesNotContain("onDemandEnabled").contains("[config] POST /v1/jobs/list (listJobsFor)");
  }
}
