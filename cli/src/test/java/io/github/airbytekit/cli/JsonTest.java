package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/** Pretty layout of JSON text as the CLI prints it: through {@link JsonLayoutSink}. */
class JsonTest {
  @Test
  void prettyKeepsEveryNumberExactly() {
    String json =
        "{\"big\":12345678901234567890123,\"float\":1.10,\"exp\":1E+400,\"neg0\":-0,"
            + "\"small\":9007199254740993,\"list\":[0.1000,2e-5]}";

    String pretty = pretty(json);

    assertThat(pretty)
        .contains("12345678901234567890123")
        .contains("1.10")
        .contains("1E+400")
        .contains("-0")
        .contains("9007199254740993")
        .contains("0.1000")
        .contains("2e-5");
    assertThat(pretty.replaceAll("\\s", "")).isEqualTo(json);
  }

  @Test
  void prettyKeepsKeyOrderUnicodeAndNulls() {
    String json = "{\"z\":null,\"a\":\"h\u00e9llo \ud83d\ude00\",\"m\":{}}";

    assertThat(pretty(json).replaceAll("\\s", "")).isEqualTo(json.replace(" ", ""));
  }

  @Test
  void prettyIndentsAnyDepthWithoutGrowingWithItsSquare() {
    String deep = "{\"a\":".repeat(10_000) + "[1,2]" + "}".repeat(10_000);

    String pretty = pretty(deep);

    assertThat(pretty.replaceAll("\\s", "")).isEqualTo(deep);
    assertThat(pretty.length()).isLessThan(deep.length() * 2);
    assertThat(pretty).startsWith("{\n  \"a\": {\n    \"a\": {");
  }

  private static String pretty(String json) {
    Buffer out = new Buffer();
    try {
      BufferedSink sink = Okio.buffer(new JsonLayoutSink(out, true));
      sink.writeUtf8(json);
      sink.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.readUtf8();
  }
}
