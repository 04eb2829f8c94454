package io.github.airbytekit.spectools.internal;

import io.github.airbytekit.spectools.DriftCheck;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code mvn -Pdrift}: exec:java runs inside Maven's JVM, where {@code System.exit}
 * would end Maven itself, so a failed check throws instead and Maven fails the build.
 */
public final class MavenDriftCheck {
  private MavenDriftCheck() {}

  /**
   * Runs {@link DriftCheck} with these arguments.
   *
   * @throws IllegalStateException on breaking drift or any other non-zero exit code
   */
  public static void main(String[] args) {
    int exit = DriftCheck.execute(new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err, args);
    if (exit == DriftCheck.EXIT_BREAKING_DRIFT) {
      throw new IllegalStateException(
          "Breaking drift between our OpenAPI documents and upstream: see the report above (target/drift-report.json)");
    }
    if (exit != DriftCheck.EXIT_NO_BREAKING_DRIFT) {
      throw new IllegalStateException("The drift check could not run (exit code " + exit + "): see the message above");
    }
  }
}
