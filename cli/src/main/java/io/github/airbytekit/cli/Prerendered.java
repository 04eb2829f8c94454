package io.github.airbytekit.cli;

import io.github.airbytekit.connections.internal.Redaction;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the invocations that depend on nothing but the jar (every command's {@code --help} and {@code -h},
 * {@code help}, and no arguments at all), rendered by picocli during the build ({@link PrerenderedGenerator}, run at
 * process-classes) and printed from resources: {@code airbytekit --help} then loads no picocli class (0.24 s → 0.10 s
 * through the launcher). {@value #RESOURCE} holds them as picocli prints them off a console (plain, 80 columns);
 * {@value #COLOUR_RESOURCE} and {@value #PLAIN_TERMINAL_RESOURCE} as it prints them on a console (see
 * {@link HelpLayout}), for every terminal width up to {@value #MAX_COLUMNS} columns. An answer is used only where
 * picocli would print the same bytes: off a console, or on one whose width the launcher passed; without a
 * {@code picocli.*} system property or a variable that hints at colour; with environment defaults picocli accepts.
 * A test compares every answer with picocli's live rendering, so the resources cannot drift from the code.
 */
final class Prerendered {
  /**
   * The answers off a console, a resource next to this class: {@code int count}, then per answer its arguments, the
   * narrowest terminal it is for, exit status, stdout, stderr (an answer for several widths is listed once per width
   * at which it changes, narrowest first).
   */
  static final String RESOURCE = "prerendered-answers.bin";
  /** The answers on a console with colour, in the format of {@link #RESOURCE}. */
  static final String COLOUR_RESOURCE = "prerendered-answers-colour.bin";
  /** The answers on a console without colour ({@code NO_COLOR}), in the format of {@link #RESOURCE}. */
  static final String PLAIN_TERMINAL_RESOURCE = "prerendered-answers-terminal.bin";
  /** The widest terminal answered; wider ones are left to picocli. */
  static final int MAX_COLUMNS = 300;

  /** Variables with which picocli may colour its output (CLICOLOR=0 and NO_COLOR only turn colour off). */
  private static final String[] COLOUR_VARIABLES = {"CLICOLOR_FORCE", "CLICOLOR", "ANSICON", "ConEmuANSI"};

  private Prerendered() {}

  /** What picocli prints for some arguments. */
  static final class Answer {
    final int exitCode;
    final byte[] out;
    final String err;

    Answer(int exitCode, byte[] out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    /** Prints the answer as the command would (stderr through the same redaction) and returns its exit status. */
    int print(OutputStream stdout, PrintWriter stderr, Map<String, String> env) {
      try {
        stdout.write(out);
        stdout.flush();
      } catch (IOException e) {
        // stdout closed early (piped to head): as with picocli's own printing, nobody is left to tell.
      }
      if (!err.isEmpty()) {
        stderr.print(Redaction.of(env.get("AIRBYTE_CLIENT_SECRET"), env.get("AIRBYTE_BEARER_TOKEN")).maskKnown(err));
        stderr.flush();
      }
      return exitCode;
    }
  }

  /** The answer for exactly {@code args} in this process, if there is one; else null (picocli answers). */
  static @Nullable Answer find(String[] args, Map<String, String> env) {
    return find(args, env, HelpLayout.current());
  }

  /** The answer for exactly {@code args} laid out as {@code layout}, if there is one; else null. */
  static @Nullable Answer find(String[] args, Map<String, String> env, HelpLayout layout) {
    if (!helpLike(args) || !picocliDefaults() || !environmentDefaultsParse(env)) {
      return null;
    }
    if (!layout.console()) {
      return read(RESOURCE, args, 0);
    }
    if (layout.columns() < 0 || layout.columns() > MAX_COLUMNS) {
      return null;
    }
    return read(layout.colour() ? COLOUR_RESOURCE : PLAIN_TERMINAL_RESOURCE, args, layout.rootColumns());
  }

  /** The answer of {@code args} in {@code resource} for the widest "from" width up to {@code columns}. */
  private static @Nullable Answer read(String resourceName, String[] args, int columns) {
    String key = String.join("\u0000", args);
    try (InputStream resource = Prerendered.class.getResourceAsStream(resourceName)) {
      if (resource == null) {
        return null; // a build that skipped process-classes (an IDE's): picocli answers
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 16 * 1024));
      Answer found = null;
      for (int count = in.readInt(); count > 0; count--) {
        boolean match = in.readUTF().equals(key);
        int fromColumns = in.readInt();
        int exitCode = in.readInt();
        byte[] out = new byte[in.readInt()];
        in.readFully(out);
        String err = in.readUTF();
        if (match && fromColumns <= columns) {
          found = new Answer(exitCode, out, err);
        } else if (match || found != null) {
          break; // past the answer's widths: it is the last one read
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No arguments, {@code help}, or ending with {@code -h} or {@code --help}: the only ones that may be listed. */
  private static boolean helpLike(String[] args) {
    if (args.length == 0) {
      return true;
    }
    String last = args[args.length - 1];
    return last.equals("--help") || last.equals("-h") || args.length == 1 && last.equals("help");
  }

  /** Whether picocli would render help as at build time off a console: 80 columns, no colour. */
  static boolean plainRendering() {
    return System.console() == null && picocliDefaults();
  }

  /**
   * Whether picocli renders help as {@link HelpLayout} describes: no {@code picocli.*} system property, no variable
   * that forces or hints at colour, on a system with Unix line ends and no Windows console quirks.
   */
  static boolean picocliDefaults() {
    if (!"\n".equals(System.lineSeparator())
        || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
      return false;
    }
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return false;
      }
    }
    for (String variable : COLOUR_VARIABLES) {
      if (System.getenv(variable) != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether picocli would accept the defaults {@link EnvDefaults} gives: only a duration can be malformed. */
  static boolean environmentDefaultsParse(Map<String, String> env) {
    String timeout = env.get("AIRBYTE_READ_TIMEOUT");
    if (timeout == null || timeout.isEmpty()) {
      return true;
    }
    try {
      DurationConverter.parse(timeout);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
