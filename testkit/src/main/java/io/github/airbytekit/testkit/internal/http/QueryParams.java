package io.github.airbytekit.testkit.internal.http;

import io.github.airbytekit.testkit.internal.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Typed query parameters; a malformed one is a 400 naming it. */
public final class QueryParams {
  private QueryParams() {}

  static int integer(Exchange exchange, String name, int fallback) {
    String value = exchange.queryParameter(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be an integer, got: " + value);
    }
  }

  /** A {@code true}/{@code false} parameter; absent is false. */
  public static boolean bool(Exchange exchange, String name) {
    String value = exchange.queryParameter(name);
    if (value == null) {
      return false;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw HttpProblem.badRequest(name + " must be true or false, got: " + value);
  }

  /** An ISO-8601 date-time parameter, or null when absent. */
  public static @Nullable Instant instant(Exchange exchange, String name) {
    String value = exchange.queryParameter(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " must be an ISO-8601 date-time, got: " + value);
    }
  }

  /** A list of ids in canonical form (repeated or comma-separated). */
  public static List<String> ids(Exchange exchange, String name) {
    List<String> result = new ArrayList<>();
    for (String id : exchange.queryList(name)) {
      result.add(Ids.canonical(id));
    }
    return result;
  }

  /** An id parameter in canonical form, or null when absent. */
  public static @Nullable String id(Exchange exchange, String name) {
    String value = exchange.queryParameter(name);
    return value == null ? null : Ids.canonical(value);
  }
}
