package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception airbytekit throws. It is unchecked: callers catch it where they can act on it.
 *
 * <pre>{@code
 * try {
 *   connection.importState(state);
 * } catch (AirbyteException e) {
 *   log.warn("state import failed: {}", e.getMessage());
 * }
 * }</pre>
 */
public class AirbyteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what failed and on which object.
   *
   * @param message the detail message; must not contain secrets
   */
  public AirbyteException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message the detail message; must not contain secrets
   * @param cause the underlying failure, or null if there is none
   */
  public AirbyteException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
