package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The {@code type} of a protocol {@link AirbyteStateMessage}.
 *
 * <p>An open enumeration: a value this version does not know is kept with its exact wire string, so it survives a
 * read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * AirbyteStateType value = AirbyteStateType.of("GLOBAL");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class AirbyteStateType {
  /** A global state message. Wire value {@code GLOBAL}. */
  public static final AirbyteStateType GLOBAL = new AirbyteStateType("GLOBAL");

  /** A per-stream state message. Wire value {@code STREAM}. */
  public static final AirbyteStateType STREAM = new AirbyteStateType("STREAM");

  /** A legacy state message with an opaque {@code data} blob. Wire value {@code LEGACY}. */
  public static final AirbyteStateType LEGACY = new AirbyteStateType("LEGACY");

  private static final List<AirbyteStateType> KNOWN = List.of(GLOBAL, STREAM, LEGACY);

  private final String wireValue;

  private AirbyteStateType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it. */
  public static AirbyteStateType of(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (AirbyteStateType known : KNOWN) {
      if (known.wireValue.equals(wireValue)) {
        return known;
      }
    }
    return new AirbyteStateType(wireValue);
  }

  /** The values this version knows, in declaration order. */
  public static List<AirbyteStateType> knownValues() {
    return KNOWN;
  }

  /** The exact string used on the wire. */
  public String wireValue() {
    return wireValue;
  }

  /** True if this is one of the constants of this class. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AirbyteStateType && wireValue.equals(((AirbyteStateType) other).wireValue);
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
