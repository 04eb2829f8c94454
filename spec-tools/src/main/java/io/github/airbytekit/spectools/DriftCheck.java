package io.github.airbytekit.spectools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The drift check's command line: compares our two documents with Airbyte's published ones, either one
 * pair of upstream documents or every version in a reference directory.
 *
 * <pre>{@code
 * java -cp ... io.github.airbytekit.spectools.DriftCheck \
 *     --upstream-public=airbyte-public-api.yaml --upstream-config=https://example.com/config.yaml [--json]
 * java -cp ... io.github.airbytekit.spectools.DriftCheck --upstream-dir=../shared/reference
 * }</pre>
 *
 * <p>With {@code --upstream-dir}, only breaking drift against the newest documents (latest) fails; older
 * versions' differences are reported per version as compatibility gaps (see {@code openapi/README.md}).
 *
 * <p>Exit codes: {@value #EXIT_NO_BREAKING_DRIFT} no breaking drift, {@value #EXIT_BREAKING_DRIFT}
 * breaking drift, {@value #EXIT_ERROR} bad arguments or an unreadable document.
 */
@Command(
    name = "drift-check",
    description =
        "Compares our OpenAPI documents with Airbyte's published ones and reports, for every operation,"
            + " parameter, schema field and enum we declare, what upstream documents differently.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no breaking drift",
      "1:breaking drift",
      "2:invalid arguments, or a document could not be read"
    })
public final class DriftCheck implements Callable<Integer> {
  /** Exit code when nothing breaking was found. */
  public static final int EXIT_NO_BREAKING_DRIFT = 0;
  /** Exit code when at least one breaking finding is not allow-listed. */
  public static final int EXIT_BREAKING_DRIFT = 1;
  /** Exit code for bad arguments or a document that cannot be read or parsed. */
  public static final int EXIT_ERROR = Cli.EXIT_ERROR;
  /** Our public API document inside the airbytekit-openapi jar. */
  public static final String OUR_PUBLIC = "classpath:io/github/airbytekit/openapi/public-api.yaml";
  /** Our Config API document inside the airbytekit-openapi jar. */
  public static final String OUR_CONFIG = "classpath:io/github/airbytekit/openapi/config-api.yaml";

  @Option(names = "--upstream-public", paramLabel = "PATH_OR_URL",
      description = "Airbyte's public API document (file or http(s) URL); empty skips the public API.")
  private String upstreamPublic = "";

  @Option(names = "--upstream-config", paramLabel = "PATH_OR_URL",
      description = "Airbyte's Config API document (file or http(s) URL); empty skips the Config API.")
  private String upstreamConfig = "";

  @Option(names = "--upstream-dir", paramLabel = "DIR",
      description = "A reference directory: versions/vX.Y.Z/airbyte-{public,config}-api.yaml and today's two at the"
          + " top; checks every version (instead of --upstream-public/--upstream-config).")
  private String upstreamDir = "";

  @Option(names = "--ours-public", paramLabel = "LOCATION",
      description = "Our public API document (default: ${DEFAULT-VALUE}).")
  private String oursPublic = OUR_PUBLIC;

  @Option(names = "--ours-config", paramLabel = "LOCATION",
      description = "Our Config API document (default: ${DEFAULT-VALUE}).")
  private String oursConfig = OUR_CONFIG;

  @Option(names = "--allowlist", paramLabel = "LOCATION",
      description = "An extra allow-list file of accepted findings; repeatable.")
  private List<String> allowLists = new ArrayList<>();

  @Option(names = "--no-builtin-allowlist", description = "Do not apply the allow-list shipped with the tool.")
  private boolean noBuiltInAllowList;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  private boolean json;

  @Option(names = "--json-file", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
  private @Nullable Path jsonFile;

  private final PrintStream out;
  private final PrintStream err;

  private DriftCheck(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the check with the process's standard streams and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(execute(new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err, args));
  }

  /**
   * Runs the check and returns its exit code, without exiting.
   *
   * @param out receives the report
   * @param err receives usage errors and unreadable-document messages
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    return Cli.execute(new DriftCheck(out, err), "drift-check", out, err, args);
  }

  /** Runs the check as configured by the options; picocli calls this. */
  @Override
  public Integer call() {
    boolean pair = !upstreamPublic.isBlank() || !upstreamConfig.isBlank();
    if (pair == !upstreamDir.isBlank()) {
      err.println("drift-check: give --upstream-dir, or --upstream-public and/or --upstream-config (a file path or an"
          + " http(s) URL)");
      return EXIT_ERROR;
    }
    String text;
    String jsonText;
    boolean breaking;
    try {
      if (pair) {
        DriftReport report = check();
        text = report.toText();
        jsonText = report.toJson();
        breaking = report.hasBreakingDrift();
      } else {
        Map<String, String> ours = new LinkedHashMap<>();
        ours.put("public", oursPublic);
        ours.put("config", oursConfig);
        CompatibilityReport report = CompatibilityCheck.run(Path.of(upstreamDir), ours, allowList());
        text = report.toText();
        jsonText = report.toJson();
        breaking = report.hasBreakingDrift();
      }
    } catch (IllegalArgumentException e) {
      err.println("drift-check: " + e.getMessage());
      return EXIT_ERROR;
    }
    out.print(json ? jsonText : text);
    out.flush();
    if (jsonFile != null) {
      try {
        Path parent = jsonFile.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(jsonFile, jsonText, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("drift-check: cannot write " + jsonFile + ": " + e);
        return EXIT_ERROR;
      }
    }
    return breaking ? EXIT_BREAKING_DRIFT : EXIT_NO_BREAKING_DRIFT;
  }

  private AllowList allowList() {
    AllowList allowList = noBuiltInAllowList ? AllowList.empty() : AllowList.load(AllowList.BUILT_IN);
    for (String location : allowLists) {
      allowList = allowList.plus(AllowList.load(location));
    }
    return allowList;
  }

  private DriftReport check() {
    AllowList allowList = allowList();
    List<DriftReport.Source> sources = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Set<String> apis = new LinkedHashSet<>();
    if (!upstreamPublic.isBlank()) {
      findings.addAll(compare("public", oursPublic, upstreamPublic, sources));
      apis.add("public");
    }
    if (!upstreamConfig.isBlank()) {
      findings.addAll(compare("config", oursConfig, upstreamConfig, sources));
      apis.add("config");
    }
    return new DriftReport(sources, allowList.apply(findings, apis));
  }

  private static List<Finding> compare(String api, String ours, String upstream, List<DriftReport.Source> sources) {
    sources.add(new DriftReport.Source(api, ours, upstream));
    return DriftChecker.compare(api, OpenApiDocument.load(ours), OpenApiDocument.load(upstream));
  }
}
