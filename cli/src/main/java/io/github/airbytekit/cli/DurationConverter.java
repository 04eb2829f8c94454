package io.github.airbytekit.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses DURATION arguments: {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 ({@code PT5M}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(text);
    Duration result;
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          result = Duration.ofMillis(amount);
          break;
        case "s":
          result = Duration.ofSeconds(amount);
          break;
        case "m":
          result = Duration.ofMinutes(amount);
          break;
        case "h":
          result = Duration.ofHours(amount);
          break;
        default:
          result = Duration.ofDays(amount);
          break;
      }
    } else if (text.startsWith("p") || text.startsWith("-p")) {
      try {
        result = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw badDuration(value);
      }
    } else {
      throw badDuration(value);
    }
    if (result.isNegative()) {
      throw badDuration(value);
    }
    return result;
  }

  private static CommandLine.TypeConversionException badDuration(String value) {
    return new CommandLine.TypeConversionException(
        "'" + value + "' is not a duration; use e.g. 90s, 5m, 1h or ISO-8601 PT5M");
  }
}
