package io.github.airbytekit.domain;

import java.util.List;

/**
 * The {@code type} of a protocol {@link AirbyteStateMessage}.
 *
 * <p>An {@link OpenValue}: a value this version does not know is kept with its exact wire string, so it survives
 * a read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * AirbyteStateType value = AirbyteStateType.of("GLOBAL");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class AirbyteStateType extends OpenValue {
  /** A global state message. Wire value {@code GLOBAL}. */
  public static final AirbyteStateType GLOBAL = new AirbyteStateType("GLOBAL", true);

  /** A per-stream state message. Wire value {@code STREAM}. */
  public static final AirbyteStateType STREAM = new AirbyteStateType("STREAM", true);

  /** A legacy state message with an opaque {@code data} blob. Wire value {@code LEGACY}. */
  public static final AirbyteStateType LEGACY = new AirbyteStateType("LEGACY", true);

  private static final List<AirbyteStateType> KNOWN = List.of(GLOBAL, STREAM, LEGACY);

  private AirbyteStateType(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it.
   *
   * @param wireValue the string read from the wire, not null
   * @return the canonical constant, or a new unknown value whose {@link #wireValue()} is {@code wireValue}
   */
  public static AirbyteStateType of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new AirbyteStateType(unknown, false));
  }

  /**
   * The values this version knows, in declaration order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<AirbyteStateType> knownValues() {
    return KNOWN;
  }
}
