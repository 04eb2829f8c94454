package io.github.airbytekit.testkit.internal.versions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formats strict mode checks parse as Airbyte's server binds them. */
class StringFormatsTest {
  @Test
  void aUuidIsAcceptedOnlyInItsThirtySixCharacterFormInEitherCase() {
    assertThat(StringFormats.mismatch("uuid", "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a41")).isNull();
    assertThat(StringFormats.mismatch("uuid", "C0A1B2C3-D4E5-4F60-8A7B-9C0D1E2F3A41")).isNull();
    assertThat(StringFormats.mismatch("uuid", "1-2-3-4-5")).isEqualTo("a UUID"); // java.util.UUID would take it
    assertThat(StringFormats.mismatch("uuid", "")).isEqualTo("a UUID");
  }

  @Test
  void aDateTimeNeedsAnOffsetAsInRfc3339() {
    assertThat(StringFormats.mismatch("date-time", "2026-12-03T12:00:00Z")).isNull();
    assertThat(StringFormats.mismatch("date-time", "2026-12-03T12:00:00.123+02:00")).isNull();
    assertThat(StringFormats.mismatch("date-time", "2026-12-03T12:00:00")).isEqualTo("an RFC 3339 date-time");
    assertThat(StringFormats.mismatch("date-time", "yesterday")).isEqualTo("an RFC 3339 date-time");
  }

  @Test
  void aDateIsYearMonthDayAndOtherFormatsAcceptAnyString() {
    assertThat(StringFormats.mismatch("date", "2026-12-03")).isNull();
    assertThat(StringFormats.mismatch("date", "03/12/2026")).isEqualTo("a date (yyyy-mm-dd)");
    assertThat(StringFormats.mismatch("uri", "not a uri")).isNull();
  }
}
