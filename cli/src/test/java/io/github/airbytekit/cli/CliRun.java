package io.github.airbytekit.cli;

import io.github.airbytekit.connections.PollPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command in-process with captured stdout and stderr. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** Everything the command printed, both streams. */
  String all() {
    return out + err;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }

  static Builder with() {
    return new Builder();
  }

  static CliRun run(String... args) {
    return with().run(args);
  }

  /** Waits poll every millisecond in tests: the fake answers at once, and the library's 1 s default would add up. */
  static final PollPolicy FAST_POLLS =
      PollPolicy.builder().initialInterval(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(1)).build();

  /** Options of one run. */
  static final class Builder {
    private final Map<String, String> env = new HashMap<>();
    private final List<String> prefix = new ArrayList<>();
    private String stdin = "";
    private boolean tty;

    Builder env(String name, String value) {
      env.put(name, value);
      return this;
    }

    Builder stdin(String text) {
      stdin = text;
      return this;
    }

    Builder tty() {
      tty = true;
      return this;
    }

    /** Arguments that go before every command (global options). */
    Builder global(String... args) {
      prefix.addAll(List.of(args));
      return this;
    }

    CliRun run(String... args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringWriter err = new StringWriter();
      List<String> all = new ArrayList<>(prefix);
      all.addAll(List.of(args));
      int code =
          AirbytekitCli.execute(
              all.toArray(new String[0]),
              env,
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
              out,
              new PrintWriter(err, true),
              tty,
              tty,
              FAST_POLLS,
              null);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
  }
}
