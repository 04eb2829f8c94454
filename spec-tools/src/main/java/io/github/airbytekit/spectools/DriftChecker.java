package io.github.airbytekit.spectools;

import java.util.List;
import java.util.Objects;

/**
 * Compares one of our documents with the matching upstream document.
 *
 * <p>{@code DriftChecker.compare("public", ours, upstream)} returns one {@link Finding} per difference in
 * what our document declares; an empty list means no drift. Operations match by method and path (path
 * parameter names are ignored, and server base paths are taken into account); {@code $ref}s, {@code
 * allOf}, {@code oneOf} and {@code anyOf} are resolved on both sides.
 */
public final class DriftChecker {
  private DriftChecker() {}

  /**
   * Returns the findings for every operation, parameter, schema field and enum that {@code ours} declares.
   *
   * @param api a short label for the API, used in the report (e.g. {@code public})
   */
  public static List<Finding> compare(String api, OpenApiDocument ours, OpenApiDocument upstream) {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(ours, "ours == null");
    Objects.requireNonNull(upstream, "upstream == null");
    return List.copyOf(new Comparison(api, ours, upstream).run());
  }
}
