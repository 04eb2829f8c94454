package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

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
public final class ConnectionStatus {
  /** {@code active}. */
  public static final ConnectionStatus ACTIVE = new ConnectionStatus("active");

  /** {@code inactive}. */
  public static final ConnectionStatus INACTIVE = new ConnectionStatus("inactive");

  /** {@code deprecated}. */
  public static final ConnectionStatus DEPRECATED = new ConnectionStatus("deprecated");

  /** {@code locked}. */
  public static final ConnectionStatus LOCKED = new ConnectionStatus("locked");

  private static final List<ConnectionStatus> KNOWN = List.of(ACTIVE, INACTIVE, DEPRECATED, LOCKED);

  private final String value;

  private ConnectionStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for {@code value} (case-insensitive), or a new unknown value that keeps it.
   *
   * @param value the value
   * @return the connection status
   */
  public static ConnectionStatus of(String value) {
    Objects.requireNonNull(value, "value == null");
    for (ConnectionStatus known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new ConnectionStatus(value);
  }

  /**
   * Every value this library knows, in Airbyte's order.
   *
   * @return every value this library knows, in Airbyte's order
   */
  public static List<ConnectionStatus> knownValues() {
    return KNOWN;
  }

  /**
   * The wire value, e.g. {@code "active"}.
   *
   * @return the wire value
   */
  public String value() {
    return value;
  }

  /**
   * Whether this library knows the value.
   *
   * @return whether this library knows the value
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConnectionStatus && ((ConnectionStatus) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The wire value. */
  @Override
  public String toString() {
    return value;
  }
}
