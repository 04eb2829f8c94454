package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.internal.CronRules;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronRulesTest {
  static final Instant NOW = Instant.parse("2026-03-01T10:17:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"0 0 12 * * ?", "0 0 * * * ?", "0 30 2 ? * MON-FRI", "0 0 0 1 * ? 2027", " 0  0  12  *  *  ? "})
  void acceptsQuartzExpressionsAtMostHourly(String expression) {
    assertThat(CronRules.problem(expression, false, NOW)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 */5 * * * ?", "0 * * * * ?", "* * * * * ?", "0 0,30 * * * ?"})
  void refusesSubHourlyByDefault(String expression) {
    assertThat(CronRules.problem(expression, false, NOW)).hasValueSatisfying(m -> assertThat(m).contains("1 hour"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 */5 * * * ?", "0 * * * * ?"})
  void allowsSubHourlyDownToAMinuteWhenRelaxed(String expression) {
    assertThat(CronRules.problem(expression, true, NOW)).isEmpty();
    assertThat(CronRules.problem("*/10 * * * * ?", true, NOW)).hasValueSatisfying(m -> assertThat(m).contains("1 minute"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 12 * *", "nonsense", "0 0 25 * * ?", "0 0 12 * * MON"})
  void refusesWhatIsNotQuartz(String expression) {
    assertThat(CronRules.problem(expression, false, NOW)).hasValueSatisfying(m -> assertThat(m).startsWith("Invalid cron expression"));
  }
}
