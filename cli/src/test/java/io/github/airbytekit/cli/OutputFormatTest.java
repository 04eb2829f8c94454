package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatTest {
  private static final String STATE =
      "{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"a\"},"
          + "\"streamState\":{\"n\":1.10,\"big\":12345678901234567890123,\"s\":\"x\\\" ,:{[\",\"e\":{},\"l\":[]}}]}";

  @TempDir Path dir;

  @Test
  void outputIsCompactWhenStdoutIsNotATerminal() throws IOException {
    CliRun run = CliRun.with().stdin(STATE).run("state", "convert", "--to", "config");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).isEqualTo(STATE + "\n");
  }

  @Test
  void outputIsPrettyOnATerminalAndWithPrettyAnywhere() {
    String onTerminal = CliRun.with().tty().stdin(STATE).run("state", "convert", "--to", "config").out;
    String asked = CliRun.with().stdin(STATE).run("state", "convert", "--to", "config", "--pretty").out;
    String askedGlobally = CliRun.with().stdin(STATE).run("--pretty", "state", "convert", "--to", "config").out;

    assertThat(onTerminal).isEqualTo(moshiPretty(STATE) + "\n").isEqualTo(asked).isEqualTo(askedGlobally);
  }

  @Test
  void compactWinsOnATerminalWhenAsked() {
    CliRun run = CliRun.with().tty().stdin(STATE).run("state", "convert", "--compact", "--to", "config");

    assertThat(run.out).isEqualTo(STATE + "\n");
  }

  @Test
  void compactAndPrettyTogetherAreAUsageError() {
    CliRun run = CliRun.with().stdin(STATE).run("--compact", "state", "convert", "--pretty", "--to", "config");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--compact and --pretty exclude each other");
    assertThat(run.out).isEmpty();
  }

  @Test
  void layoutOfForeignTextMatchesMoshisAndCompactsIt() throws IOException {
    String spaced = "{ \"a\" : [ 1 , { } , [ ] , \"x \\\\\" ] ,\n \"b\" : { \"c\" : null } }";

    assertThat(layout(spaced, true)).isEqualTo(moshiPretty(spaced));
    assertThat(layout(spaced, false)).isEqualTo("{\"a\":[1,{},[],\"x \\\\\"],\"b\":{\"c\":null}}");
  }

  @Test
  void layoutHasNoDepthLimit() throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThat(layout(deep, false)).isEqualTo(deep);
    assertThat(layout(deep, true)).startsWith("[\n  [\n    [").endsWith("]\n  ]\n]");
  }

  @Test
  void aByteOrderMarkIsIgnoredAndInvalidUtf8Refused() throws IOException {
    Path withBom = dir.resolve("bom.json");
    Files.write(withBom, ("\uFEFF" + STATE).getBytes(StandardCharsets.UTF_8));
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, STATE.replace("\"a\"", "\"\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(CliRun.run("state", "convert", "--to", "config", withBom.toString()).out).isEqualTo(STATE + "\n");
    CliRun refused = CliRun.run("state", "convert", "--to", "config", latin1.toString());
    assertThat(refused.exitCode).isEqualTo(2);
    assertThat(refused.err).contains(latin1 + " is not UTF-8 text");
  }

  @Test
  void utf8CheckAcceptsEveryPlaneAndRefusesSurrogatesAndOverlongForms() {
    assertThat(Utf8.isValid("a \u00e9 \u20ac \ud83d\ude00".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Utf8.isValid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
    assertThat(Utf8.isValid(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse();
    assertThat(Utf8.isValid(new byte[] {(byte) 0xE2, (byte) 0x82})).isFalse();
  }

  @Test
  void aSyntaxErrorNamesItsPath() {
    CliRun run = CliRun.with().stdin("{\"stateType\":").run("state", "convert", "--to", "protocol");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: the state is not valid JSON: ").contains("(at $.stateType)");
  }

  private static String layout(String json, boolean pretty) throws IOException {
    Buffer out = new Buffer();
    BufferedSink sink = Okio.buffer(new JsonLayoutSink(out, pretty));
    sink.writeUtf8(json);
    sink.flush();
    return out.readUtf8();
  }

  private static String moshiPretty(String json) {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
        JsonWriter writer = JsonWriter.of(out)) {
      writer.setIndent("  ");
      writer.setSerializeNulls(true);
      Json.copyExact(reader, writer);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.readUtf8();
  }
}
