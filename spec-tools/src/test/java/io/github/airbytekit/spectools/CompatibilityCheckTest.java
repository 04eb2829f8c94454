package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift check over a directory of versions: per-version gaps, news, and the failure rule. */
class CompatibilityCheckTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path upstreamDir, String... more) {
    String[] base = {"--no-builtin-allowlist", "--ours-public=" + VersionFixtures.ours(), "--upstream-dir=" + upstreamDir};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return DriftCheck.execute(
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The lines of one version's section. */
  private String section(String label) {
    String all = text();
    int start = all.indexOf("\n== " + label);
    int end = all.indexOf("\n== ", start + 1);
    return all.substring(start, end < 0 ? all.length() : end);
  }

  @Test
  void anOldVersionsDisagreementsAreGapsThatNeverFailTheCheck() {
    assertThat(run(VersionFixtures.upstream())).isEqualTo(DriftCheck.EXIT_NO_BREAKING_DRIFT);
    assertThat(text()).contains(
        "version   breaking  gaps absent new fields new operations\n"
            + "v1.2.0           -     3      2          1              1\n"
            + "v1.10.0          -     1      0          0              1\n"
            + "latest           0     0      0          0              1\n");
    assertThat(section("v1.2.0"))
        .contains("9 findings would be breaking against it, reported as gaps")
        .contains("  [public] DELETE /things/{thingId}: operation not in v1.2.0 → affects archiveThing\n")
        .contains("  [public] Status: we may send 'locked', not in v1.2.0 → affects listThings, createThing\n")
        .contains("  [public] Thing.size: type changed: ours string, v1.2.0 integer → affects listThings, createThing\n");
  }

  @Test
  void aGapIsNamedByOurInnermostSchemaWithEveryOperationItAffects() {
    run(VersionFixtures.upstream());
    // ThingList.data[].name (listThings) and Thing.name (createThing) are one gap
    assertThat(section("v1.10.0"))
        .contains("  [public] Thing.name: required by us, optional in v1.10.0 → affects listThings, createThing\n")
        .doesNotContain("ThingList");
  }

  @Test
  void anOptionalPropertyAnOldVersionLacksIsReportedAsAbsentNotAsAGap() {
    run(VersionFixtures.upstream());
    assertThat(section("v1.2.0"))
        .contains("ABSENT: optional properties we read that v1.2.0 does not have (2)\n"
            + "  [public] Owner.email: not in v1.2.0 (optional for us) → affects listThings, createThing\n"
            + "  [public] Thing.label: not in v1.2.0 (optional for us) → affects listThings, createThing\n");
  }

  @Test
  void newResponseFieldsAndNewOperationsOnOurResourcesAreInformation() {
    run(VersionFixtures.upstream());
    assertThat(section("v1.2.0")).contains("  [public] Thing: +legacy (read by listThings, createThing)\n");
    assertThat(section("latest"))
        .contains("  [public] GET /things/{id}/history (thingHistory)\n")
        .doesNotContain("/elsewhere");
  }

  @Test
  void breakingDriftAgainstTheLatestDocumentsFails(@TempDir Path dir) throws IOException {
    // an upstream directory whose latest document is the old one
    Files.copy(VersionFixtures.upstream().resolve("versions/v1.2.0/airbyte-public-api.yaml"),
        dir.resolve("airbyte-public-api.yaml"));
    assertThat(run(dir)).isEqualTo(DriftCheck.EXIT_BREAKING_DRIFT);
    assertThat(text()).contains("latest           9     3      2          1              1\n")
        .contains("BREAKING: fix our document");
  }

  @Test
  void withoutLatestTheNewestVersionIsTheBaseline(@TempDir Path dir) throws IOException {
    Path v = Files.createDirectories(dir.resolve("versions/v1.10.0"));
    Files.copy(VersionFixtures.upstream().resolve("versions/v1.10.0/airbyte-public-api.yaml"), v.resolve("airbyte-public-api.yaml"));
    assertThat(run(dir)).isEqualTo(DriftCheck.EXIT_BREAKING_DRIFT);
    assertThat(text()).contains("v1.10.0          2     1      0          0              1\n");
  }

  @Test
  @SuppressWarnings("unchecked") // the parsed JSON is a tree of plain maps and lists
  void theJsonReportHasEveryVersionWithItsFiguresAndDetails(@TempDir Path dir) {
    Path file = dir.resolve("report.json");
    assertThat(run(VersionFixtures.upstream(), "--json-file=" + file)).isZero();
    Map<String, Object> report = VersionFixtures.parse(Files.exists(file) ? read(file) : "{}");
    assertThat(report).containsEntry("breaking", false);
    List<Map<String, Object>> versions = (List<Map<String, Object>>) report.get("versions");
    assertThat(versions).extracting(v -> v.get("version")).containsExactly("1.2.0", "1.10.0", "latest");
    Map<String, Object> old = versions.get(0);
    assertThat(old).containsEntry("baseline", false).containsEntry("summary",
        Map.of("breaking", 0, "gaps", 3, "absent", 2, "newFields", 1, "newOperations", 1));
    assertThat((List<Object>) old.get("gaps")).contains(Map.of("api", "public", "subject", "DELETE /things/{thingId}",
        "kind", "OPERATION_MISSING", "message", "operation not in v1.2.0", "operations", List.of("archiveThing")));
    assertThat((List<Object>) old.get("newOperations")).containsExactly(Map.of("api", "public", "method", "GET",
        "path", "/things/{id}/history", "operationId", "thingHistory"));
    assertThat((Map<String, Object>) ((Map<String, Object>) old.get("drift")).get("summary")).containsEntry("breaking", 9);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aDirectoryAndAPairTogetherAreAUsageError() {
    assertThat(run(VersionFixtures.upstream(), "--upstream-public=" + VersionFixtures.ours())).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --upstream-dir, or --upstream-public");
  }

  @Test
  void aDirectoryWithoutDocumentsExitsTwo(@TempDir Path dir) {
    assertThat(run(dir)).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No upstream documents under " + dir);
  }

  @Test
  void theResourceOfAPathDropsTrailingParametersAndTheActionOfAnRpcPath() {
    assertThat(UpstreamNews.resource("/connections/{connectionId}")).isEqualTo("/connections");
    assertThat(UpstreamNews.resource("/jobs")).isEqualTo("/jobs");
    assertThat(UpstreamNews.resource("/applications/token")).isEqualTo("/applications/token");
    assertThat(UpstreamNews.resource("/v1/state/get")).isEqualTo("/v1/state");
    assertThat(UpstreamNews.resource("/v1/web_backend/connections/get")).isEqualTo("/v1/web_backend/connections");
  }
}
