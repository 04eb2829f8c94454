package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void prettyKeepsEveryNumberExactly() {
    String json =
        "{\"big\":12345678901234567890123,\"float\":1.10,\"exp\":1E+400,\"neg0\":-0,"
            + "\"small\":9007199254740993,\"list\":[0.1000,2e-5]}";

    String pretty = Json.pretty(json);

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

    assertThat(Json.pretty(json).replaceAll("\\s", "")).isEqualTo(json.replace(" ", ""));
  }

  @Test
  void prettyIndentsAnyDepthWithoutGrowingWithItsSquare() {
    String deep = "{\"a\":".repeat(10_000) + "[1,2]" + "}".repeat(10_000);

    String pretty = Json.pretty(deep);

    assertThat(pretty.replaceAll("\\s", "")).isEqualTo(deep);
    assertThat(pretty.length()).isLessThan(deep.length() * 2);
    assertThat(pretty).startsWith("{\n  \"a\": {\n    \"a\": {");
  }
}
