package io.github.airbytekit.connections.internal;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import io.github.airbytekit.connections.AirbyteInputException;

/** Validates schedules the way Airbyte does: Quartz cron expressions, parsed with cron-utils. */
public final class CronValidation {
  private static final CronParser QUARTZ =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

  private CronValidation() {}

  /** Returns the trimmed expression, or throws an {@link AirbyteInputException} explaining the problem. */
  public static String requireQuartz(String expression) {
    String trimmed = expression.trim();
    String[] fields = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (fields.length == 5) {
      throw new AirbyteInputException("'" + trimmed + "' looks like a 5-field Unix cron expression, which"
          + " Airbyte rejects: Airbyte expects Quartz cron (seconds minutes hours day-of-month month"
          + " day-of-week [year]). Try '" + suggestQuartz(fields) + "'" + dayOfWeekNote(fields[4]) + ".");
    }
    try {
      QUARTZ.parse(trimmed).validate();
    } catch (IllegalArgumentException e) {
      throw new AirbyteInputException("'" + trimmed + "' is not a valid Quartz cron expression ("
          + e.getMessage() + "). Airbyte expects 6 or 7 fields: seconds minutes hours day-of-month month"
          + " day-of-week [year], with '?' in day-of-month or day-of-week, e.g. '0 0 12 * * ?'.", e);
    }
    return trimmed;
  }

  /** The Quartz form of a 5-field Unix expression: a leading seconds field and one '?' day field. */
  static String suggestQuartz(String[] unix) {
    String dayOfMonth = unix[2];
    String dayOfWeek = unix[4];
    if (dayOfWeek.equals("*")) {
      dayOfWeek = "?";
    } else if (dayOfMonth.equals("*")) {
      dayOfMonth = "?";
    }
    return "0 " + unix[0] + " " + unix[1] + " " + dayOfMonth + " " + unix[3] + " " + dayOfWeek;
  }

  private static String dayOfWeekNote(String dayOfWeek) {
    return dayOfWeek.chars().anyMatch(Character::isDigit)
        ? " (Quartz numbers days of the week 1-7 from Sunday; Unix cron 0-6, so prefer names such as MON)"
        : "";
  }
}
