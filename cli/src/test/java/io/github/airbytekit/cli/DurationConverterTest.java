package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
  @Test
  void acceptsShortForms() {
    assertThat(DurationConverter.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationConverter.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationConverter.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationConverter.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(DurationConverter.parse("2d")).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void acceptsIso8601InEitherCase() {
    assertThat(DurationConverter.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationConverter.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void rejectsOtherTextWithAnExample() {
    for (String bad : new String[] {"", "5", "five minutes", "5 m", "-PT5M", "PT", "1y"}) {
      assertThatThrownBy(() -> DurationConverter.parse(bad))
          .as(bad)
          .isInstanceOf(CommandLine.TypeConversionException.class)
          .hasMessageContaining("90s, 5m, 1h");
    }
  }
}
