package io.github.airbytekit.connections.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Lenient parsing of the timestamps and durations Airbyte sends. */
public final class Times {
  // ISO date, then 'T' or ' ', then ISO time; the offset is optional (naive means UTC).
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  private Times() {}

  /**
   * Parses ISO-8601 / RFC 3339 date-times (with {@code T} or a space, with or without offset; naive means
   * UTC), dates (midnight UTC), Unix seconds (up to 10 digits) or Unix milliseconds (13 digits);
   * {@code null} when the text is none of these.
   */
  public static @Nullable Instant parseInstant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    if (value.matches("\\d{1,10}")) {
      return Instant.ofEpochSecond(Long.parseLong(value));
    }
    if (value.matches("\\d{13}")) {
      return Instant.ofEpochMilli(Long.parseLong(value));
    }
    try {
      var parsed = DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime
          ? ((OffsetDateTime) parsed).toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  /** Parses an ISO-8601 duration such as {@code PT8H6M12S}; {@code null} when absent or invalid. */
  public static @Nullable Duration parseDuration(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
