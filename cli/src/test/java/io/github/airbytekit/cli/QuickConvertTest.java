package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickConvertTest {
  private static final String STATE =
      "{\"stateType\":\"stream\",\"connectionId\":\"c1\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"a\","
          + "\"x-unknown\":[1]},\"streamState\":{\"n\":1.10,\"big\":12345678901234567890123,\"s\":\"\\u00e9\\\"é\"}}]}";
  private static final String CATALOG =
      "{\"streams\":[{\"stream\":{\"name\":\"t\",\"jsonSchema\":{\"type\":\"object\"},\"supportedSyncModes\":"
          + "[\"full_refresh\"]},\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"append\"}}]}";

  @TempDir Path dir;

  @Test
  void plainConversionsRunWithoutPicocliAndPrintWhatPicocliWould() throws IOException {
    Path file = Files.writeString(dir.resolve("state.json"), STATE);
    Path catalog = Files.writeString(dir.resolve("catalog.json"), CATALOG);
    List<String[]> plain = List.of(
        args("state", "convert", "--to", "protocol"),
        args("state", "convert", "--to=config", "--connection-id", "other"),
        args("state", "convert", "--connection-id=other", "--to", "CONFIG", file.toString()),
        args("--pretty", "state", "convert", "--to", "protocol", "-"),
        args("state", "convert", file.toString(), "--compact", "--to", "protocol"),
        args("--compact", "state", "convert", "--pretty", "--to", "config"),
        args("state", "convert", "--to", "yaml"),
        args("state", "convert", "--to", "protocol", dir.resolve("missing.json").toString()),
        args("catalog", "convert", "--to", "protocol", catalog.toString()),
        args("catalog", "convert", "--to", "config"));
    for (String stdin : List.of(STATE, CATALOG, "not json", "{\"foo\": 1}", "\uFEFF" + STATE, "[]")) {
      for (String[] args : plain) {
        Run quick = Run.of(args, stdin, true);
        assertThat(quick.handled).as(String.join(" ", args)).isTrue();
        assertThat(quick).as(String.join(" ", args) + " < " + stdin).isEqualTo(Run.of(args, stdin, false));
      }
    }
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    List<String[]> others = List.of(
        args("state", "convert"),
        args("state", "convert", "--to"),
        args("state", "convert", "--to", "--compact"),
        args("state", "convert", "--to="),
        args("state", "convert", "--to", "protocol", "--to", "config"),
        args("--compact", "state", "convert", "--compact", "--to", "protocol"),
        args("state", "--compact", "convert", "--to", "protocol"),
        args("--debug", "state", "convert", "--to", "protocol"),
        args("--fake", "state", "convert", "--to", "protocol"),
        args("state", "convert", "--to", "protocol", "a.json", "b.json"),
        args("state", "convert", "--to", "protocol", "--", "a.json"),
        args("state", "convert", "--to", "protocol", "--bogus"),
        args("state", "convert", "--to", "protocol", "-h"),
        args("catalog", "convert", "--connection-id", "x", "--to", "protocol"),
        args("state", "dump", "x"),
        args("state"));
    for (String[] args : others) {
      Run run = Run.of(args, STATE, true);
      assertThat(run.handled).as(String.join(" ", args)).isFalse();
    }
    assertThat(Run.of(args("state", "convert"), STATE, true).err).contains("Missing required option: '--to");
  }

  @Test
  void aDurationInTheEnvironmentThatPicocliRefusesLeavesTheErrorToPicocli() {
    CliRun run = CliRun.with().env("AIRBYTE_READ_TIMEOUT", "soon").stdin(STATE).run("state", "convert", "--to", "config");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).startsWith("error: Invalid value for option '--read-timeout'");
    assertThat(CliRun.with().env("AIRBYTE_READ_TIMEOUT", "90s").stdin(STATE).run("state", "convert", "--to", "config")
        .exitCode).isZero();
  }

  private static String[] args(String... args) {
    return args;
  }

  /** One run, through the shortcut (if it takes the arguments) or through picocli. */
  private record Run(boolean handled, int exitCode, String out, String err) {
    static Run of(String[] args, String stdin, boolean quick) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringWriter err = new StringWriter();
      ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
      RootCommand root = new RootCommand(Map.of(), in, out, new PrintWriter(err, true), false, false, null);
      int code = quick ? QuickConvert.run(args, root) : QuickConvert.NOT_HANDLED;
      boolean handled = code != QuickConvert.NOT_HANDLED;
      if (!handled) {
        code = AirbytekitCli.executeWithPicocli(args, Map.of(), in, out, new PrintWriter(err, true));
      }
      return new Run(handled && quick, code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Run o && exitCode == o.exitCode && out.equals(o.out) && err.equals(o.err);
    }

    @Override
    public int hashCode() {
      return exitCode;
    }
  }
}
