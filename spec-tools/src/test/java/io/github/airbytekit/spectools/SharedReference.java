package io.github.airbytekit.spectools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared/reference with its versions, for the tests that read it; they skip when it is absent. */
final class SharedReference {
  private SharedReference() {}

  /** The reference directory, or the calling test is skipped. */
  static Path withVersions() {
    String shared = System.getProperty("airbytekit.shared");
    assumeTrue(shared != null && !shared.isBlank(), "system property airbytekit.shared is not set");
    Path reference = Path.of(shared, "reference");
    assumeTrue(Files.isDirectory(reference.resolve("versions")), "upstream reference versions absent under " + reference);
    return reference;
  }
}
