package io.github.airbytekit.connections;

import java.util.List;

/**
 * The status of an Airbyte connection.
 *
 * <p>An open set: a value this library does not know yet is kept as sent by Airbyte
 * ({@link #value()}, {@link #isKnown()} is {@code false}) instead of failing.
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

  private ConnectionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the constant for {@code value} (case-insensitive), or a new unknown value that keeps it.
   *
   * @param value the value
   * @return the connection status
   */
  public static ConnectionStatus of(String value) {
    return lookup(KNOWN, value, unknown -> new ConnectionStatus(unknown, false));
  }

  /**
   * Every value this library knows, in Airbyte's order.
   *
   * @return every value this library knows, in Airbyte's order
   */
  public static List<ConnectionStatus> knownValues() {
    return KNOWN;
  }
}
