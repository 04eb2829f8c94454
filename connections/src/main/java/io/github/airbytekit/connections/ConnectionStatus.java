package io.github.airbytekit.connections;

import io.github.airbytekit.domain.OpenValue;
import java.util.List;

/**
 * The status of an Airbyte connection.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #wireValue()}, {@link #isKnown()} is {@code false}) instead of failing.
 *
 * <pre>{@code
 * boolean enabled = connection.status().equals(ConnectionStatus.ACTIVE);
 * }</pre>
 */
public final class ConnectionStatus extends OpenValue {
  /** {@code active}. */
  public static final ConnectionStatus ACTIVE = new ConnectionStatus("active", true);

  /** {@code inactive}. */
  public static final ConnectionStatus INACTIVE = new ConnectionStatus("inactive", true);

  /** {@code deprecated}. */
  public static final ConnectionStatus DEPRECATED = new ConnectionStatus("deprecated", true);

  /** {@code locked}. */
  public static final ConnectionStatus LOCKED = new ConnectionStatus("locked", true);

  private static final List<ConnectionStatus> KNOWN = List.of(ACTIVE, INACTIVE, DEPRECATED, LOCKED);

  private ConnectionStatus(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant whose wire value is exactly {@code wireValue}, or a new unknown value that keeps it.
   *
   * @param wireValue the value as Airbyte writes it (lower case, compared exactly)
   * @return the canonical constant, or an unknown value ({@link #isKnown()} false)
   */
  public static ConnectionStatus of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new ConnectionStatus(unknown, false));
  }

  /** {@return every value this library knows, in Airbyte's order} */
  public static List<ConnectionStatus> knownValues() {
    return KNOWN;
  }
}
