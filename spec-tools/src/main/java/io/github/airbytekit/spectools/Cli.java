package io.github.airbytekit.spectools;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;

/** Runs one of the tool's picocli commands on given streams and returns its exit code. */
final class Cli {
  /** Exit code for bad arguments or a document that cannot be read or parsed, shared by every command. */
  static final int EXIT_ERROR = 2;

  private Cli() {}

  static int execute(Object command, String name, PrintStream out, PrintStream err, String... args) {
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    // Invalid input already exits with 2 (picocli's USAGE); an unexpected failure must not look like a finding (1).
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          cl.getErr().println(name + ": " + e);
          return EXIT_ERROR;
        });
    return commandLine.execute(args);
  }
}
