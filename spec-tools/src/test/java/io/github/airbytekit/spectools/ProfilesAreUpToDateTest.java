package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The committed version profiles (openapi/src/main/profiles) are what the generator makes today from our
 * committed documents and ../shared/reference. Skips when ../shared is absent (it is not part of the
 * repository).
 */
class ProfilesAreUpToDateTest {
  private static final String REGENERATE =
      "mvn -B -q -pl spec-tools -am -Pprofiles -Dupstream.dir=../shared/reference process-classes";

  @Test
  void theCommittedProfilesAreWhatTheGeneratorMakesFromTheCommittedDocuments() {
    Path reference = SharedReference.withVersions();
    Path source = Path.of(System.getProperty("airbytekit.openapi.src", "../openapi/src/main"));
    Path profiles = source.resolve("profiles");

    SortedMap<String, String> generated = ProfileGenerator.generate(reference, profiles.resolve(ProfileGenerator.OVERLAY),
        source.resolve("openapi/public-api.yaml").toString(), source.resolve("openapi/config-api.yaml").toString());

    List<String> differences = ProfileGenerator.differences(generated, profiles);
    assertThat(differences)
        .as("The version profiles in %s are out of date (our documents, behaviour.yaml or the reference changed)."
            + " Regenerate them from the repository root with%n  %s%nand commit the result. Differences:%n  %s",
            profiles, REGENERATE, String.join("\n  ", differences))
        .isEmpty();
  }
}
