package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.List;

/** Small request checks shared by the routes; each failure names the property. */
final class Checks {
  /** The job types of the public API. */
  static final List<String> JOB_TYPES = List.of("sync", "reset", "refresh", "clear");

  private Checks() {}

  /**
   * Returns {@code value} when it is one of {@code allowed}.
   *
   * @throws HttpProblem 400 listing the allowed values
   */
  static String oneOf(String property, String value, List<String> allowed) {
    if (allowed.contains(value)) {
      return value;
    }
    throw HttpProblem.badRequest(property + " must be one of " + String.join(", ", allowed) + ", got: " + value);
  }
}
