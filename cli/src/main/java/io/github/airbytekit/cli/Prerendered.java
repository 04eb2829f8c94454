package io.github.airbytekit.cli;

import io.github.airbytekit.connections.internal.Redaction;
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
 * process-classes) and printed from the resource {@value #RESOURCE}: {@code airbytekit --help} then loads no picocli
 * class (0.24 s → 0.10 s through the launcher). An answer is used only where picocli would print the same bytes:
 * not on a console (picocli would then colour the text and fit it to the terminal's width), without a
 * {@code picocli.*} system property or a variable that forces colour, with environment defaults picocli accepts.
 * A test compares every answer with picocli's live rendering, so the resource cannot drift from the code.
 */
final class Prerendered {
  /** The resource, next to this class: {@code int count}, then per answer its arguments, exit status, stdout, stderr. */
  static final String RESOURCE = "prerendered-answers.bin";

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

  /** The answer for exactly {@code args}, if there is one and picocli would print it as rendered; else null. */
  static @Nullable Answer find(String[] args, Map<String, String> env) {
    if (!helpLike(args) || !plainRendering() || !environmentDefaultsParse(env)) {
      return null;
    }
    String key = String.join("\u0000", args);
    try (InputStream resource = Prerendered.class.getResourceAsStream(RESOURCE)) {
      if (resource == null) {
        return null; // a build that skipped process-classes (an IDE's): picocli answers
      }
      DataInputStream in = new DataInputStream(resource);
      for (int count = in.readInt(); count > 0; count--) {
        boolean match = in.readUTF().equals(key);
        int exitCode = in.readInt();
        byte[] out = new byte[in.readInt()];
        in.readFully(out);
        String err = in.readUTF();
        if (match) {
          return new Answer(exitCode, out, err);
        }
      }
      return null;
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

  /**
   * Whether picocli would render help as at build time: 80 columns, no colour. It asks for the terminal's width
   * and colours only when {@link System#console()} is not null (stdin and stdout are a terminal).
   */
  static boolean plainRendering() {
    if (System.console() != null || !"\n".equals(System.lineSeparator())
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
