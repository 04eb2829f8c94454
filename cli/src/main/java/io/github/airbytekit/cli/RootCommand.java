package io.github.airbytekit.cli;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.internal.Redaction;
import io.github.airbytekit.domain.JsonCodec;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airbytekit}: the global options, and the per-run context every subcommand reaches through it. */
@Command(
    name = "airbytekit",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Airbyte connections from the command line: back up and restore state, move a stream's"
          + " cursor, snapshot and convert catalogs, trigger and watch syncs. Data goes to stdout as"
          + " JSON; progress and errors go to stderr.",
      "",
      "New here? Run `airbytekit demo` (no Airbyte account needed)."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0 ok   1 sync failed or cancelled   2 usage or bad input (nothing written)",
      "  3 API, auth or network failure   4 not found   5 a sync is running (409/423)",
      "  6 wait timed out   7 connection belongs to another workspace"
    }) // subcommands: added by AirbytekitCli, only the invoked one in full

final class RootCommand implements Runnable {
  static final String DEFAULT_API_URL = "https://api.airbyte.com/v1";

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      defaultValue = DEFAULT_API_URL,
      description = "Public API root (env AIRBYTE_API_ROOT; default " + DEFAULT_API_URL + ").")
  String apiUrl = DEFAULT_API_URL;

  @Option(
      names = "--config-api-url",
      paramLabel = "URL",
      description = "Config API root (env AIRBYTE_CONFIG_API_ROOT; default derived from --api-url).")
  @Nullable String configApiUrl;

  @Option(names = "--client-id", paramLabel = "ID", description = "OAuth client id (env AIRBYTE_CLIENT_ID).")
  @Nullable String clientId;

  @Option(
      names = "--client-secret",
      paramLabel = "SECRET",
      description = "OAuth client secret (env AIRBYTE_CLIENT_SECRET; prefer the variable).")
  @Nullable String clientSecret;

  @Option(
      names = "--bearer-token",
      paramLabel = "TOKEN",
      description = "Bearer token instead of client credentials (env AIRBYTE_BEARER_TOKEN).")
  @Nullable String bearerToken;

  @Option(
      names = "--workspace-id",
      paramLabel = "ID",
      description =
          "Workspace the connection must belong to (env AIRBYTE_WORKSPACE_ID; default: the"
              + " connection's own).")
  @Nullable String workspaceId;

  @Option(
      names = "--airbyte-version",
      paramLabel = "VERSION",
      description =
          "Airbyte release the server runs (1.4.0 … 2.0.0, or latest; env AIRBYTE_VERSION; default latest):"
              + " an operation it lacks fails before any request (exit 2). With --fake, the fake behaves as it.")
  @Nullable String airbyteVersion;

  @Option(
      names = "--read-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long to wait for each answer of Airbyte, e.g. 30s, 5m (env AIRBYTE_READ_TIMEOUT;"
          + " default 90s).")
  @Nullable Duration readTimeout;

  @Option(
      names = "--fake",
      description = "Run against an embedded fake Airbyte with the demo data (no account needed).")
  boolean fake;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(
      names = "--compact",
      scope = CommandLine.ScopeType.INHERIT,
      description = "JSON output on one line (the default when stdout is not a terminal).")
  boolean compact;

  @Option(
      names = "--pretty",
      scope = CommandLine.ScopeType.INHERIT,
      description = "JSON output indented (the default when stdout is a terminal).")
  boolean pretty;

  @Spec CommandSpec spec;

  /** The subcommand named on the command line ("" if none), set before parsing; only it is built in full. */
  String invoked = "";

  final Map<String, String> env;
  final InputStream in;
  /** Text on stdout (help, the demo); JSON goes through {@link #output}. */
  final PrintWriter out;
  final Output output;
  /** How often waits poll; null: the library's default (tests poll fast). */
  final @Nullable PollPolicy pollPolicy;
  final PrintWriter err;
  /** Whether stderr is a terminal, so progress can redraw one line in place. */
  final boolean stderrIsTerminal;
  /** Whether stdout is a terminal (the demo then uses colour). */
  final boolean stdoutIsTerminal;

  private @Nullable Session session;

  /** With {@code --fake}: the fake to use instead of a fresh one (the demo's), never closed here. */
  @Nullable FakeAirbyteServer sharedFake;

  RootCommand(
      Map<String, String> env,
      InputStream in,
      OutputStream out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      @Nullable PollPolicy pollPolicy) {
    this.env = env;
    this.in = in;
    this.output = new Output(out, this::prettyOutput);
    this.out = output.text();
    this.pollPolicy = pollPolicy;
    this.err = err;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command");
  }

  /** The root command of the command line running {@code spec}. */
  static RootCommand of(CommandSpec spec) {
    return (RootCommand) spec.root().userObject();
  }

  /** The session (client and, with {@code --fake}, the embedded server), opened on first use. */
  Session session() {
    if (session == null) {
      session = Session.open(this);
    }
    return session;
  }

  /** Secrets that must never be printed. */
  Redaction redactor() {
    return Redaction.of(clientSecret, bearerToken, env.get("AIRBYTE_CLIENT_SECRET"), env.get("AIRBYTE_BEARER_TOKEN"));
  }

  /**
   * Pretty output with {@code --pretty}, compact with {@code --compact}, else pretty only for a terminal: what
   * goes to a pipe or a file is read by programs (jq, a connector's {@code --state}), for which indentation is
   * 2.6 times the bytes and half the run time.
   */
  boolean prettyOutput() {
    if (compact && pretty) {
      throw CliException.usage("--compact and --pretty exclude each other");
    }
    return pretty || (!compact && stdoutIsTerminal);
  }

  /** Prints one JSON document (compact or not) to stdout, laid out as the options say, numbers exactly as given. */
  void printJson(String json) {
    output.json(json);
  }

  /** Prints one JSON document built with {@code body} to stdout. */
  void printJson(Json.Body body) {
    output.json(body);
  }

  /** Prints {@code value} with {@code codec} to stdout, streamed (no whole-document string). */
  <T> void printJson(JsonCodec<T> codec, T value) {
    output.json(codec, value);
  }

  /** A warning or note on stderr (secrets masked). */
  void note(String message) {
    err.println(redactor().maskKnown(message));
    err.flush();
  }

  void closeSession() {
    Session current = session;
    session = null;
    if (current != null) {
      current.close();
    }
  }

  /** After the command: closes the session, flushes stdout and stderr. */
  void finish() {
    try {
      closeSession();
    } finally {
      output.flush();
      err.flush();
    }
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RootCommand.class.getPackage().getImplementationVersion();
      return new String[] {"airbytekit " + (version == null ? "(development build)" : version)};
    }
  }
}
