package io.github.airbytekit.cli;

import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.internal.Redaction;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    // Bytes straight to file descriptor 1, 64 KB at a time (System.out would add a lock and an 8 KB buffer).
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    PrintWriter err = utf8(System.err);
    int status =
        execute(
            args,
            System.getenv(),
            System.in,
            out,
            err,
            isTerminal(STDOUT_TTY_PROPERTY),
            isTerminal(STDERR_TTY_PROPERTY),
            null,
            null);
    try {
      out.flush();
    } catch (IOException e) {
      // stdout was closed early (piped to head, say): there is no one left to tell.
    }
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
   * @param stdoutIsTerminal whether stdout is a terminal (JSON is then indented unless --compact; the demo uses colour)
   * @param stderrIsTerminal whether progress may redraw a line in place
   * @param pollPolicy how waits poll; null: the library's default (tests poll fast)
   * @param sharedFake with {@code --fake}: the fake to talk to (left running) instead of a fresh one, as the demo's
   *     steps do; null: a fresh one per run
   * @return the exit status (0 ok; see the command's help for the others)
   */
  static int execute(
      String[] args,
      Map<String, String> env,
      InputStream in,
      OutputStream out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      @Nullable PollPolicy pollPolicy,
      @Nullable FakeAirbyteServer sharedFake) {
    Prerendered.Answer answer = Prerendered.find(args, env);
    if (answer != null) {
      return answer.print(out, err, env);
    }
    RootCommand root = new RootCommand(env, in, out, err, stdoutIsTerminal, stderrIsTerminal, pollPolicy);
    root.sharedFake = sharedFake;
    int status = QuickConvert.run(args, root);
    return status != QuickConvert.NOT_HANDLED ? status : withPicocli(args, root);
  }

  /** As {@link #execute}, always through picocli's command tree (what the shortcuts must match). */
  static int executeWithPicocli(String[] args, Map<String, String> env, InputStream in, OutputStream out,
      PrintWriter err) {
    return withPicocli(args, new RootCommand(env, in, out, err, false, false, null));
  }

  private static int withPicocli(String[] args, RootCommand root) {
    CommandLine cli = commandLine(root, args);
    try {
      return cli.execute(args);
    } finally {
      root.finish();
    }
  }

  /**
   * The command tree for {@code args}: the root, the invoked command in full and the others as names (all of them
   * in full when the invoked name is unknown or {@code help}), with the handlers of usage and execution failures.
   */
  static CommandLine commandLine(RootCommand root, String[] args) {
    PrintWriter err = root.err;
    CommandLine cli = new CommandLine(root);
    root.invoked = Subcommands.invoked(cli.getCommandSpec(), args);
    addInOrder(cli, ConnectionCommand.class,
        "show", "rename", "set-prefix", "select-streams", "enable", "disable", "schedule", "delete", "reset", "clear",
        "refresh");
    addInOrder(cli, SyncCommand.class, "run", "wait", "cancel", "status", "history", "logs");
    addInOrder(cli, StateCommand.class, "dump", "import", "get", "set", "convert");
    addInOrder(cli, CatalogCommand.class, "dump", "import", "convert");
    addInOrder(cli, WorkspaceCommand.class, "snapshot", "diff");
    Subcommands.add(cli, FakeServerCommand.class);
    Subcommands.add(cli, DemoCommand.class);
    Subcommands.add(cli, CommandLine.HelpCommand.class);
    cli.setOut(root.out);
    cli.setErr(err);
    cli.setDefaultValueProvider(new EnvDefaults(root.env));
    // "@FILE" is ours (state set), not picocli's argument-file expansion.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          Redaction redactor = root.redactor();
          err.println(Failures.line(redactor, UsageErrors.message(e)));
          err.flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler((e, c, parsed) -> report(root, e));
    return cli;
  }

  /** Prints the failure of a command ({@code error: } line, the stack trace too with --debug); its exit status. */
  static int report(RootCommand root, Throwable e) {
    Failures.Failure failure = Failures.classify(e);
    Redaction redactor = root.redactor();
    if (root.debug) {
      root.err.print(redactor.maskKnown(Failures.stackTrace(e)));
    }
    root.err.println(Failures.line(redactor, failure.message()));
    root.err.flush();
    return failure.exitCode();
  }

  /**
   * Adds a group with its method subcommands in the order help should list them (reflection order is arbitrary)
   * when it is the invoked command; otherwise only its name and description, for the root's help.
   */
  private static void addInOrder(CommandLine root, Class<?> group, String... names) {
    if (!Subcommands.add(root, group)) {
      return;
    }
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
