package io.github.airbytekit.testkit.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code "METHOD /path"} pattern as used by faults and the journal: the method may be {@code *};
 * in the path, {@code *} matches one segment and {@code **} any rest. A query string is never part
 * of the match.
 */
public final class RequestPattern {
  private final String text;
  private final String method;
  private final Pattern path;

  private RequestPattern(String text, String method, Pattern path) {
    this.text = text;
    this.method = method;
    this.path = path;
  }

  public static RequestPattern parse(String text) {
    Objects.requireNonNull(text, "pattern == null");
    String trimmed = text.trim();
    int space = trimmed.indexOf(' ');
    if (space <= 0 || !trimmed.substring(space + 1).trim().startsWith("/")) {
      throw new IllegalArgumentException(
          "expected \"METHOD /path\" (e.g. \"POST /api/public/v1/jobs\"), got: " + text);
    }
    String method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
    String pathText = trimmed.substring(space + 1).trim();
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < pathText.length()) {
      char c = pathText.charAt(i);
      if (c == '*') {
        if (i + 1 < pathText.length() && pathText.charAt(i + 1) == '*') {
          regex.append(".*");
          i += 2;
          continue;
        }
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return new RequestPattern(trimmed, method, Pattern.compile(regex.toString()));
  }

  public boolean matches(String method, String path) {
    return (this.method.equals("*") || this.method.equalsIgnoreCase(method))
        && this.path.matcher(path).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
