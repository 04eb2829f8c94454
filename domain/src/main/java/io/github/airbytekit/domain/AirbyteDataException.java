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

  private final @Nullable String jsonPath;

  /** Creates an exception for the value at {@code jsonPath} (may be null when no single value is at fault). */
  public AirbyteDataException(String message, @Nullable String jsonPath) {
    super(message);
    this.jsonPath = jsonPath;
  }

  /** Creates an exception for the value at {@code jsonPath}, with the underlying cause. */
  public AirbyteDataException(String message, @Nullable String jsonPath, @Nullable Throwable cause) {
    super(message, cause);
    this.jsonPath = jsonPath;
  }

  /** The JSON path of the offending value, such as {@code $.streams[2].config.syncMode}, or null. */
  public @Nullable String jsonPath() {
    return jsonPath;
  }
}
