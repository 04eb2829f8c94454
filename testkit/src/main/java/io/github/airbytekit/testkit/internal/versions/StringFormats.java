package io.github.airbytekit.testkit.internal.versions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The string formats Airbyte's server binds to typed values ({@code uuid} to {@code UUID}, {@code date-time} to
 * {@code OffsetDateTime}, {@code date} to {@code LocalDate}), so a value that does not parse is refused; other
 * formats accept any string.
 */
final class StringFormats {
  /** Jackson reads a UUID only in its 36-character form, in either case. */
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private StringFormats() {}

  /** Returns what {@code text} should be, e.g. {@code a UUID}, when it does not have {@code format}; else null. */
  static @Nullable String mismatch(String format, String text) {
    switch (format) {
      case "uuid":
        return UUID.matcher(text).matches() ? null : "a UUID";
      case "date-time":
        return parses(() -> OffsetDateTime.parse(text)) ? null : "an RFC 3339 date-time";
      case "date":
        return parses(() -> LocalDate.parse(text)) ? null : "a date (yyyy-mm-dd)";
      default:
        return null;
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
