package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import org.jspecify.annotations.Nullable;

/**
 * An argument or configuration was rejected before anything was sent to Airbyte (or before anything was
 * written): missing credentials, an invalid cron expression, an unknown stream, a safe-mode refusal.
 *
 * <pre>{@code
 * try {
 *   connection.setSchedule("0 12 * * *");
 * } catch (AirbyteInputException e) {
 *   // Airbyte expects Quartz cron, e.g. "0 0 12 * * ?"
 * }
 * }</pre>
 */
public class AirbyteInputException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what was wrong and how to fix it.
   *
   * @param message the message
   */
  public AirbyteInputException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause it was derived from.
   *
   * @param message the message
   * @param cause the underlying failure
   */
  public AirbyteInputException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
