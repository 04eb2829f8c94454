package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our documents against today's upstream documents in ../shared/reference: zero breaking drift. Skips
 * when those files are absent (they are not part of the repository).
 */
class ReferenceDriftTest {
  private Path upstreamPublic = Path.of("");
  private Path upstreamConfig = Path.of("");

  @BeforeEach
  void findReferenceDocuments() {
    String shared = System.getProperty("airbytekit.shared");
    assumeTrue(shared != null && !shared.isBlank(), "system property airbytekit.shared is not set");
    upstreamPublic = Path.of(shared, "reference", "airbyte-public-api.yaml");
    upstreamConfig = Path.of(shared, "reference", "airbyte-config-api.yaml");
    assumeTrue(Files.isRegularFile(upstreamPublic) && Files.isRegularFile(upstreamConfig),
        "upstream reference documents absent under " + shared + "/reference");
  }

  private String run(int expectedExit, String... extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = new String[2 + extra.length];
    args[0] = "--upstream-public=" + upstreamPublic;
    args[1] = "--upstream-config=" + upstreamConfig;
    System.arraycopy(extra, 0, args, 2, extra.length);
    int exit = DriftCheck.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, args);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(report).isEqualTo(expectedExit);
    return report;
  }

  @Test
  void ourDocumentsHaveNoBreakingDriftAgainstTodaysUpstreamDocuments() {
    String report = run(DriftCheck.EXIT_NO_BREAKING_DRIFT);
    assertThat(report).contains("Result: 0 breaking");
  }

  @Test
  void everyBuiltInAllowListEntryIsStillNeeded() {
    String report = run(DriftCheck.EXIT_NO_BREAKING_DRIFT);
    assertThat(report).doesNotContain("ALLOWLIST_ENTRY_UNUSED");
  }
}
