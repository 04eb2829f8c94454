package io.github.airbytekit.cli;

import io.github.airbytekit.connections.internal.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Maps exceptions to an exit status and the single {@code error: } line. */
final class Failures {
  /** An exit status and its message. */
  static final class Failure {
    private final int exitCode;
    private final String message;

    Failure(int exitCode, String message) {
      this.exitCode = exitCode;
      this.message = message;
    }

    int exitCode() {
      return exitCode;
    }

    String message() {
      return message;
    }
  }

  private Failures() {}

  static Failure classify(Throwable thrown) {
    Throwable e = thrown;
    // picocli wraps Errors thrown by a command; report what actually happened.
    while (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof CliException) {
      return new Failure(((CliException) e).exitCode(), message(e));
    }
    if (e instanceof CommandLine.ParameterException) {
      return new Failure(ExitCodes.USAGE, message(e));
    }
    Failure library = LibraryFailures.classify(e);
    if (library != null) {
      return library;
    }
    if (e instanceof IllegalArgumentException) {
      return new Failure(ExitCodes.USAGE, message(e));
    }
    // Not an API failure strictly, but 1 and 2 promise more specific things; say what happened.
    return new Failure(ExitCodes.API, "unexpected " + e.getClass().getSimpleName() + ": " + message(e)
        + " (rerun with --debug for details)");
  }

  /** The message of {@code e}, falling back to its type when it has none. */
  static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  static String line(Redaction redactor, String message) {
    return "error: " + redactor.maskKnown(oneLine(message));
  }

  static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
