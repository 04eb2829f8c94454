package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InternalRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"delete-me workspace", "deleteme workspace", "Old DELETE-ME", "[deleteme] x", "x (delete-me)"})
  void safeModeAcceptsTheWholeWord(String name) {
    assertThat(SafeMode.allowsDeletion(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"do-not-delete-me", "undeleteme", "production workspace", "delete-me-not", "deleteme_2", ""})
  void safeModeRefusesEverythingElse(String name) {
    assertThat(SafeMode.allowsDeletion(name)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 0 12 * * ?|0 0 12 * * ?",
      "0 0/30 8-17 ? * MON-FRI|0 0/30 8-17 ? * MON-FRI",
      "  0 0 1 1 * ? 2030 |0 0 1 1 * ? 2030"})
  void quartzCronPasses(String input, String expected) {
    assertThat(CronValidation.requireQuartz(input)).isEqualTo(expected);
  }

  @Test
  void unixCronGetsAQuartzSuggestion() {
    assertThatThrownBy(() -> CronValidation.requireQuartz("30 2 * * 1"))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("'30 2 * * 1' looks like a 5-field Unix cron expression, which Airbyte rejects: Airbyte expects"
            + " Quartz cron (seconds minutes hours day-of-month month day-of-week [year]). Try '0 30 2 ? * 1'"
            + " (Quartz numbers days of the week 1-7 from Sunday; Unix cron 0-6, so prefer names such as MON).");
  }

  @Test
  void invalidQuartzIsExplained() {
    assertThatThrownBy(() -> CronValidation.requireQuartz("0 0 25 * * ?"))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageStartingWith("'0 0 25 * * ?' is not a valid Quartz cron expression (");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-03-25 01:30:50+00:00|2023-03-25T01:30:50Z",
      "2023-03-25T01:30:50Z|2023-03-25T01:30:50Z",
      "2023-03-25T03:30:50+02:00|2023-03-25T01:30:50Z",
      "2023-03-25T01:30:50|2023-03-25T01:30:50Z",
      "2023-03-25|2023-03-25T00:00:00Z",
      "1679707850|2023-03-25T01:30:50Z",
      "1679707850000|2023-03-25T01:30:50Z"})
  void timestampsAreParsedLeniently(String text, String expected) {
    assertThat(Times.parseInstant(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void unparseableTimesAndDurationsAreNull() {
    assertThat(Times.parseInstant("yesterday")).isNull();
    assertThat(Times.parseDuration("PT8H6M12S")).isEqualTo(Duration.parse("PT8H6M12S"));
    assertThat(Times.parseDuration("8 hours")).isNull();
  }

  @Test
  void backoffIsCappedExponentialWithJitter() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300))
        .build();
    for (int i = 0; i < 50; i++) {
      assertThat(Backoff.delay(policy, 1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(Backoff.delay(policy, 2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
      assertThat(Backoff.delay(policy, 10)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }
  }

  @Test
  void pollIntervalsGrowFromOneToTenSeconds() {
    PollPolicy policy = PollPolicy.defaults();

    assertThat(policy.intervalBefore(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.intervalBefore(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.intervalBefore(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.intervalBefore(4)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.intervalBefore(100)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void invalidPoliciesReportEveryProblem() {
    assertThatThrownBy(() -> PollPolicy.builder().initialInterval(Duration.ZERO).multiplier(0.5).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid PollPolicy: initialInterval must be positive, was PT0S; multiplier must be at least 1,"
            + " was 0.5");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Invalid RetryPolicy: maxAttempts must be at least 1, was 0");
  }

  @Test
  void readsAreRecognised() {
    assertThat(Idempotency.isRead(request("GET", "/api/public/v1/jobs"))).isTrue();
    assertThat(Idempotency.isRead(request("POST", "/api/v1/state/get"))).isTrue();
    assertThat(Idempotency.isRead(request("POST", "/api/v1/web_backend/connections/get"))).isTrue();
    assertThat(Idempotency.isRead(request("POST", "/api/v1/jobs/get"))).isTrue();
    assertThat(Idempotency.isRead(request("POST", "/api/public/v1/applications/token"))).isTrue();
    assertThat(Idempotency.isRead(request("POST", "/api/public/v1/jobs"))).isFalse();
    assertThat(Idempotency.isRead(request("POST", "/api/v1/state/create_or_update_safe"))).isFalse();
    assertThat(Idempotency.isRead(request("PATCH", "/api/public/v1/connections/x"))).isFalse();
  }

  @Test
  void retryAfterAcceptsSecondsAndDatesMeasuredOnTheInjectedClock() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:55Z"), ZoneOffset.UTC);

    assertThat(RetryInterceptor.retryAfter("3", clock)).isEqualTo(Duration.ofSeconds(3));
    assertThat(RetryInterceptor.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", clock)).isEqualTo(Duration.ofSeconds(5));
    assertThat(RetryInterceptor.retryAfter("Wed, 21 Oct 2015 07:27:00 GMT", clock)).isEqualTo(Duration.ZERO);
    assertThat(RetryInterceptor.retryAfter("soon", clock)).isNull();
  }

  private static okhttp3.Request request(String method, String path) {
    return new okhttp3.Request.Builder().url("http://localhost" + path)
        .method(method, method.equals("GET") ? null : okhttp3.RequestBody.create(new byte[0])).build();
  }
}
