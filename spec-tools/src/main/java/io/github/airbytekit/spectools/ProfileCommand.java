package io.github.airbytekit.spectools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The profile generator's command line: writes (or, with {@code --check}, verifies) the version profiles.
 *
 * <pre>{@code
 * java -cp ... io.github.airbytekit.spectools.ProfileCommand \
 *     --upstream-dir=../shared/reference --out=openapi/src/main/profiles [--check]
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} written or up to date, {@value #EXIT_OUT_OF_DATE} ({@code --check}
 * only) the directory differs from what would be generated, {@value #EXIT_ERROR} bad arguments or an
 * unreadable input.
 */
@Command(
    name = "profiles",
    description =
        "Derives one compatibility profile per Airbyte version from the upstream documents, our documents and"
            + " behaviour.yaml, and writes them with versions.json into the output directory.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:profiles written, or (--check) up to date",
      "1:(--check) the directory differs from what would be generated",
      "2:invalid arguments, or an input could not be read"
    })
public final class ProfileCommand implements Callable<Integer> {
  /** Exit code when the profiles were written, or are up to date. */
  public static final int EXIT_OK = 0;
  /** Exit code of {@code --check} when a profile would change. */
  public static final int EXIT_OUT_OF_DATE = 1;
  /** Exit code for bad arguments or an input that cannot be read. */
  public static final int EXIT_ERROR = Cli.EXIT_ERROR;

  @Option(names = "--upstream-dir", required = true, paramLabel = "DIR",
      description = "Reference directory: versions/vX.Y.Z/airbyte-{public,config}-api.yaml and the latest two at the top.")
  private String upstreamDir = "";

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where the profiles go (openapi/src/main/profiles); holds behaviour.yaml.")
  private Path out = Path.of("");

  @Option(names = "--overlay", paramLabel = "FILE", description = "The behaviour overlay (default: DIR/behaviour.yaml).")
  private @Nullable Path overlay;

  @Option(names = "--ours-public", paramLabel = "LOCATION", description = "Our public API document (default: ${DEFAULT-VALUE}); empty leaves the API out.")
  private String oursPublic = DriftCheck.OUR_PUBLIC;

  @Option(names = "--ours-config", paramLabel = "LOCATION", description = "Our Config API document (default: ${DEFAULT-VALUE}); empty leaves the API out.")
  private String oursConfig = DriftCheck.OUR_CONFIG;

  @Option(names = "--check", description = "Write nothing; exit 1 and list the differences when a file would change.")
  private boolean check;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  private final PrintStream stdout;
  private final PrintStream stderr;

  private ProfileCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Runs the command with the process's standard streams and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(execute(new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err, args));
  }

  /**
   * Runs the command and returns its exit code, without exiting.
   *
   * @param out receives what was written, or the differences
   * @param err receives usage errors and unreadable-input messages
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    return Cli.execute(new ProfileCommand(out, err), "profiles", out, err, args);
  }

  /** Generates and writes or checks, as configured by the options; picocli calls this. */
  @Override
  public Integer call() {
    if (upstreamDir.isBlank()) {
      stderr.println("profiles: give --upstream-dir=DIR (with Maven: -Dupstream.dir=DIR), e.g. ../shared/reference");
      return EXIT_ERROR;
    }
    Path overlayFile = overlay != null ? overlay : out.resolve(ProfileGenerator.OVERLAY);
    SortedMap<String, String> files;
    try {
      files = ProfileGenerator.generate(Path.of(upstreamDir), overlayFile, oursPublic, oursConfig);
    } catch (IllegalArgumentException e) {
      stderr.println("profiles: " + e.getMessage());
      return EXIT_ERROR;
    }
    if (check) {
      List<String> differences = ProfileGenerator.differences(files, out);
      differences.forEach(d -> stdout.println("  " + d));
      stdout.println(differences.isEmpty()
          ? "Profiles in " + out + " are up to date."
          : "Profiles in " + out + " are out of date: regenerate them (see openapi/README.md, Version profiles).");
      return differences.isEmpty() ? EXIT_OK : EXIT_OUT_OF_DATE;
    }
    List<String> changed = ProfileGenerator.write(files, out);
    stdout.println(changed.isEmpty()
        ? "Profiles in " + out.toAbsolutePath().normalize() + " are up to date (" + files.size() + " files)."
        : "Profiles written to " + out.toAbsolutePath().normalize() + ": " + String.join(", ", changed));
    return EXIT_OK;
  }
}
