package io.github.airbytekit.spectools.internal;

import io.github.airbytekit.spectools.DriftCheck;
import io.github.airbytekit.spectools.ProfileCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The entry point of {@code mvn -Pdrift} and {@code mvn -Pprofiles}: exec:java runs inside Maven's JVM,
 * where {@code System.exit} would end Maven itself, so a failure throws instead and Maven fails the build.
 * The first argument names the command ({@code drift-check} or {@code profiles}), the rest are its options.
 */
public final class MavenCommand {
  private MavenCommand() {}

  /**
   * Runs the named command with the remaining arguments.
   *
   * @throws IllegalStateException on breaking drift, out-of-date profiles or any other non-zero exit code
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("Name the command: drift-check or profiles");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String[] options = Arrays.copyOfRange(args, 1, args.length);
    int exit;
    switch (args[0]) {
      case "drift-check" -> {
        exit = DriftCheck.execute(out, System.err, options);
        if (exit == DriftCheck.EXIT_BREAKING_DRIFT) {
          throw new IllegalStateException(
              "Breaking drift between our OpenAPI documents and upstream: see the report above (target/drift-report.json)");
        }
      }
      case "profiles" -> exit = ProfileCommand.execute(out, System.err, options);
      default -> throw new IllegalArgumentException("Unknown command " + args[0] + ": use drift-check or profiles");
    }
    if (exit != 0) {
      throw new IllegalStateException("The " + args[0] + " command failed (exit code " + exit + "): see the message above");
    }
  }
}
