package io.github.airbytekit.client.internal;

import io.github.airbytekit.client.MissingPropertyException;
import org.jspecify.annotations.Nullable;

/**
 * Where one parsed model came from: the response (if any) and the JSON path of its object. Generated
 * models keep one in a transient field and hand it to {@link #missing} when a required property is
 * read but absent.
 */
public final class ModelOrigin {
  private final @Nullable ResponseOrigin response;
  private final String path;

  ModelOrigin(@Nullable ResponseOrigin response, String path) {
    this.response = response;
    this.path = path;
  }

  /**
   * The exception for a required property that is null.
   *
   * @param origin the model's origin, or null for a model built with setters
   * @param model the schema name
   * @param property the wire name
   * @return the exception to throw
   */
  public static MissingPropertyException missing(@Nullable ModelOrigin origin, String model, String property) {
    String objectPath = origin == null ? "$" : origin.path;
    ResponseOrigin response = origin == null ? null : origin.response;
    return new MissingPropertyException(property, objectPath + "." + property, model,
        response == null ? null : response.operation(), response == null ? null : response.endpoint());
  }

  @Override
  public String toString() {
    return (response == null ? "" : response + " ") + path;
  }
}
