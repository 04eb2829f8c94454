package io.github.airbytekit.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Entry point of the {@code airbytekit} command.
 *
 * <pre>{@code
 * java -jar cli/target/airbytekit.jar --fake state dump 5f1c…   # or: bin/airbytekit …
 * }</pre>
 *
 * <p>Data goes to stdout as one JSON document; progress, warnings and the single {@code error: }
 * line of a failure go to stderr. See {@code cli/README.md} for every command and exit code.
 */
public final class AirbytekitCli {
  /** System property the launcher sets to {@code true} when stderr is a terminal. */
  static final String STDERR_TTY_PROPERTY = "airbytekit.stderr.tty";
  /** System property the launcher sets to {@code true} when stdout is a terminal. */
  static final String STDOUT_TTY_PROPERTY = "airbytekit.stdout.tty";

  private AirbytekitCli() {}

  /**
   * Runs the command with the process's arguments and environment, then exits with its status.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int status =
        execute(
            args,
            System.getenv(),
            System.in,
            out,
            err,
            isTerminal(STDOUT_TTY_PROPERTY),
            isTerminal(STDERR_TTY_PROPERTY));
    out.flush();
    err.flush();
    // Exit explicitly: an embedded fake server may still own non-daemon threads.
    System.exit(status);
  }

  /**
   * Runs one command in-process (what tests use) and returns its exit status.
   *
   * @param args command-line arguments
   * @param env environment variables to read option defaults from
   * @param in what {@code -} (or a missing FILE) reads
   * @param out where data goes
   * @param err where progress and errors go
   * @param stdoutIsTerminal whether the demo may use colour
   * @param stderrIsTerminal whether progress may redraw a line in place
   * @return the exit status (0 ok; see the command's help for the others)
   */
  static int execute(
      String[] args,
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal) {
    return execute(args, env, in, out, err, stdoutIsTerminal, stderrIsTerminal, null);
  }

  /**
   * Like {@link #execute(String[], Map, InputStream, PrintWriter, PrintWriter, boolean, boolean)}; with
   * {@code --fake}, talks to {@code sharedFake} (left running) instead of a fresh one, as the demo's steps do.
   */
  static int execute(
      String[] args,
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      @Nullable FakeAirbyteServer sharedFake) {
    RootCommand root = new RootCommand(env, in, out, err, stdoutIsTerminal, stderrIsTerminal);
    root.sharedFake = sharedFake;
    CommandLine cli = new CommandLine(root);
    addInOrder(cli, ConnectionCommand.class,
        "show", "rename", "set-prefix", "select-streams", "enable", "disable", "schedule", "delete");
    addInOrder(cli, SyncCommand.class, "run", "wait", "cancel", "status", "history", "logs");
    addInOrder(cli, StateCommand.class, "dump", "import", "get", "set", "convert");
    addInOrder(cli, CatalogCommand.class, "dump", "import", "convert");
    cli.setOut(out);
    cli.setErr(err);
    cli.setDefaultValueProvider(new EnvDefaults(env));
    // "@FILE" is ours (state set), not picocli's argument-file expansion.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          Redactor redactor = root.redactor();
          err.println(Failures.line(redactor, UsageErrors.message(e)));
          err.flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          Failures.Failure failure = Failures.classify(e);
          Redactor redactor = root.redactor();
          if (root.debug) {
            err.print(redactor.redact(Failures.stackTrace(e)));
          }
          err.println(Failures.line(redactor, failure.message()));
          err.flush();
          return failure.exitCode();
        });
    try {
      return cli.execute(args);
    } finally {
      root.closeSession();
      out.flush();
      err.flush();
    }
  }

  /** Adds a group's method subcommands in the order help should list them (reflection order is arbitrary). */
  private static void addInOrder(CommandLine root, Class<?> group, String... names) {
    CommandLine parent = root.getSubcommands().get(group.getAnnotation(CommandLine.Command.class).name());
    Map<String, Method> byName = new HashMap<>();
    for (Method method : group.getDeclaredMethods()) {
      CommandLine.Command command = method.getAnnotation(CommandLine.Command.class);
      if (command != null) {
        byName.put(command.name(), method);
      }
    }
    for (String name : names) {
      Method method = byName.get(name);
      if (method != null) {
        parent.addSubcommand(name, new CommandLine(method));
      }
    }
    if (parent.getSubcommands().size() != names.length || byName.size() != names.length) {
      throw new IllegalStateException("subcommands of " + group.getSimpleName() + " out of sync with " + List.of(names));
    }
  }

  /** The launcher tells (it can test each stream); plain {@code java -jar} falls back to the console. */
  private static boolean isTerminal(String property) {
    String value = System.getProperty(property);
    return value != null ? Boolean.parseBoolean(value) : System.console() != null;
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
