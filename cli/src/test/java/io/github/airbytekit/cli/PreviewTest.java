package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewTest {
  private final Preview preview = new Preview(60, 3, 20, 10);

  @Test
  void smallValuesStayOnOneLine() {
    assertThat(preview.render("{\"cursor\":\"2024-01-01\",\"n\":1.50}", "  "))
        .isEqualTo("  {\"cursor\": \"2024-01-01\", \"n\": 1.50}\n");
  }

  @Test
  void longArraysAndStringsAreCutWithANote() {
    String text =
        preview.render(
            "{\"items\":[1,2,3,4,5,6],\"long\":\"abcdefghijklmnopqrstuvwxyz0123456789\","
                + "\"nested\":{\"a\":{\"b\":{\"c\":[\"xxxxxxxxxxxxxxxxxxxx\",\"yyyyyyyyyyyyyyyyyyyy\"]}}}}",
            "");

    assertThat(text).contains("[1, 2, 3, … 3 more]");
    assertThat(text).contains("\"abcdefghijklmnopqrst\"…");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }
}
