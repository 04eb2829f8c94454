package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles command: writes, checks, and refuses bad input with exit code 2. */
class ProfileCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs against the fixtures, which have a public API only (so the Config API is left out unless given). */
  private int run(Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--upstream-dir=" + VersionFixtures.upstream(), "--out=" + dir, "--overlay=" + VersionFixtures.overlay(),
        "--ours-public=" + VersionFixtures.ours()));
    args.addAll(List.of(more));
    if (args.stream().noneMatch(a -> a.startsWith("--ours-config="))) {
      args.add("--ours-config=");
    }
    out.reset();
    return ProfileCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
  }

  @Test
  void checkFailsUntilTheProfilesAreWrittenAndPassesAfter(@TempDir Path dir) {
    assertThat(run(dir, "--check")).isEqualTo(ProfileCommand.EXIT_OUT_OF_DATE);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  airbyte-latest.json: missing").contains("are out of date");
    assertThat(dir.resolve("airbyte-latest.json")).doesNotExist();

    assertThat(run(dir)).isEqualTo(ProfileCommand.EXIT_OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Profiles written to").contains("airbyte-1.2.0.json");
    assertThat(run(dir, "--check")).isEqualTo(ProfileCommand.EXIT_OK);
    assertThat(run(dir)).isEqualTo(ProfileCommand.EXIT_OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("are up to date (4 files)");
  }

  @Test
  void aMissingUpstreamDocumentIsRefusedByNameAndNothingIsWritten(@TempDir Path dir) throws IOException {
    // the fixture's upstream directory has public documents only
    assertThat(run(dir, "--ours-config=" + VersionFixtures.ours())).isEqualTo(ProfileCommand.EXIT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing upstream document").contains("airbyte-config-api.yaml");
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void withoutAnUpstreamDirectoryItSaysWhatToGive(@TempDir Path dir) {
    assertThat(ProfileCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "--upstream-dir=", "--out=" + dir)).isEqualTo(ProfileCommand.EXIT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("-Dupstream.dir=DIR");
  }
}
