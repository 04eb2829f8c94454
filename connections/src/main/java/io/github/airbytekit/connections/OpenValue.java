package io.github.airbytekit.connections;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The mechanics {@link JobStatus}, {@link JobType} and {@link ConnectionStatus} share: a wire value kept as sent,
 * canonical known constants found case-insensitively, equality by wire value.
 *
 * <p>Package-private, so no part of the API: its public methods are documented on each subclass. They are
 * deliberately not {@code final}, so that javac gives each public subclass its own public copies and callers in
 * other packages (reflection, Kotlin) never need access to this class.
 */
abstract class OpenValue {
  private final String value;
  private final boolean known;

  OpenValue(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /** The constant of {@code known} whose value equals {@code value} ignoring case, else {@code unknown}'s value. */
  static <T extends OpenValue> T lookup(List<T> known, String value, Function<String, T> unknown) {
    Objects.requireNonNull(value, "value == null");
    for (T candidate : known) {
      if (((OpenValue) candidate).value.equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    return unknown.apply(value);
  }

  /**
   * The wire value, as sent by Airbyte.
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
    return known;
  }

  /** Equal to a value of the same class with the same wire value. */
  @Override
  public boolean equals(@Nullable Object other) {
    // The subclasses are final, so comparing classes is the same as instanceof of the concrete class.
    return other != null && other.getClass() == getClass() && value.equals(((OpenValue) other).value);
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
