package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;

/**
 * Input data is malformed, ambiguous or cannot be converted. The message starts with the JSON path of the
 * offending value, for example {@code $.streamState[3].streamDescriptor.name is required}.
 *
 * <pre>{@code
 * try {
 *   AirbyteJson.connectionState().read(json);
 * } catch (AirbyteDataException e) {
 *   System.err.println(e.jsonPath() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class AirbyteDataException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value, or null; serialized with the exception. */
  private final @Nullable String jsonPath;

  /**
   * Creates an exception for the value at {@code jsonPath}.
   *
   * @param message the detail message, starting with the path; must not contain secrets
   * @param jsonPath the JSON path of the offending value, such as {@code $.streams[2].config.syncMode}, or null
   *     when no single value is at fault
   */
  public AirbyteDataException(String message, @Nullable String jsonPath) {
    super(message);
    this.jsonPath = jsonPath;
  }

  /**
   * Creates an exception for the value at {@code jsonPath}, with the underlying cause.
   *
   * @param message the detail message, starting with the path; must not contain secrets
   * @param jsonPath the JSON path of the offending value, or null when no single value is at fault
   * @param cause the underlying failure, or null if there is none
   */
  public AirbyteDataException(String message, @Nullable String jsonPath, @Nullable Throwable cause) {
    super(message, cause);
    this.jsonPath = jsonPath;
  }

  /** {@return the JSON path of the offending value, such as {@code $.streams[2].config.syncMode}, or null} */
  public @Nullable String jsonPath() {
    return jsonPath;
  }
}
