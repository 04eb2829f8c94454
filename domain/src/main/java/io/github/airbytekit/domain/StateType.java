package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The {@code stateType} of a Config API {@link ConnectionState}.
 *
 * <p>An open enumeration: a value this version does not know is kept with its exact wire string, so it survives a
 * read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * StateType value = StateType.of("global");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class StateType {
  /** One global state: a shared blob plus per-stream blobs. Wire value {@code global}. */
  public static final StateType GLOBAL = new StateType("global");

  /** Per-stream blobs only. Wire value {@code stream}. */
  public static final StateType STREAM = new StateType("stream");

  /** One opaque legacy blob. Wire value {@code legacy}. */
  public static final StateType LEGACY = new StateType("legacy");

  /** No state yet. Wire value {@code not_set}. */
  public static final StateType NOT_SET = new StateType("not_set");

  private static final List<StateType> KNOWN = List.of(GLOBAL, STREAM, LEGACY, NOT_SET);

  private final String wireValue;

  private StateType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it. */
  public static StateType of(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (StateType known : KNOWN) {
      if (known.wireValue.equals(wireValue)) {
        return known;
      }
    }
    return new StateType(wireValue);
  }

  /** The values this version knows, in declaration order. */
  public static List<StateType> knownValues() {
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
    return other instanceof StateType && wireValue.equals(((StateType) other).wireValue);
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
