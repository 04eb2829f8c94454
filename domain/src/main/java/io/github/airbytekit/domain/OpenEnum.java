package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The mechanics shared by the open enumerations {@link StateType}, {@link AirbyteStateType}, {@link SyncMode} and
 * {@link DestinationSyncMode}: a wire string, canonical known instances, and equality by wire string.
 *
 * <p>Package-private so that it is no part of the API; its public methods are documented on each subclass. They
 * are deliberately not {@code final}, so that javac gives each public subclass its own public copies and callers in
 * other packages (reflection, Kotlin) never need access to this class.
 */
abstract class OpenEnum {
  private final String wireValue;
  private final boolean known;

  OpenEnum(String wireValue, boolean known) {
    this.wireValue = wireValue;
    this.known = known;
  }

  /** The constant of {@code known} whose wire value is exactly {@code wireValue}, else {@code unknown}'s value. */
  static <T extends OpenEnum> T lookup(List<T> known, String wireValue, Function<String, T> unknown) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (T candidate : known) {
      if (((OpenEnum) candidate).wireValue.equals(wireValue)) {
        return candidate;
      }
    }
    return unknown.apply(wireValue);
  }

  /**
   * The exact string used on the wire.
   *
   * @return the wire value, as read (never case-converted)
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * True if this is one of the constants of this class.
   *
   * @return true for the constants, false for a value this version does not know
   */
  public boolean isKnown() {
    return known;
  }

  /** Equal to a value of the same class with the same wire value. */
  @Override
  public boolean equals(@Nullable Object other) {
    // The subclasses are final, so comparing classes is the same as instanceof of the concrete class.
    return other != null && other.getClass() == getClass() && wireValue.equals(((OpenEnum) other).wireValue);
  }

  @Override
  public int hashCode() {
    return wireValue.hashCode();
  }

  /** The wire value. */
  @Override
  public String toString() {
    return wireValue;
  }
}
