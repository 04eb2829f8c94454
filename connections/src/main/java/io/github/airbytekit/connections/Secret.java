package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential whose {@link #toString()} never shows its value.
 *
 * <pre>{@code
 * Secret secret = Secret.of(System.getenv("AIRBYTE_CLIENT_SECRET"));
 * System.out.println(secret); // Secret[****]
 * }</pre>
 *
 * <p>The value is read only through {@link #reveal()}, so it cannot leak into logs, exception messages or
 * string templates by accident.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws io.github.airbytekit.connections.AirbyteInputException if the value is empty
   * @param value the value
   * @return the wrapped value
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isEmpty()) {
      throw new AirbyteInputException("A secret must not be empty.");
    }
    return new Secret(value);
  }

  /** {@return the secret value itself; call it only where the value is sent to Airbyte} */
  public String reveal() {
    return value;
  }

  /**
   * Compares values in constant time.
   *
   * @param other the other
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((Secret) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    // A constant: a hash derived from the value would leak information about it.
    return 0x5ec7e7;
  }

  /** Always {@code Secret[****]}. */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
