package io.github.airbytekit.domain;

import java.util.List;

/**
 * The {@code stateType} of a Config API {@link ConnectionState}.
 *
 * <p>An {@link OpenValue}: a value this version does not know is kept with its exact wire string, so it survives
 * a read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * StateType value = StateType.of("global");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class StateType extends OpenValue {
  /** One global state: a shared blob plus per-stream blobs. Wire value {@code global}. */
  public static final StateType GLOBAL = new StateType("global", true);

  /** Per-stream blobs only. Wire value {@code stream}. */
  public static final StateType STREAM = new StateType("stream", true);

  /** One opaque legacy blob. Wire value {@code legacy}. */
  public static final StateType LEGACY = new StateType("legacy", true);

  /** No state yet. Wire value {@code not_set}. */
  public static final StateType NOT_SET = new StateType("not_set", true);

  private static final List<StateType> KNOWN = List.of(GLOBAL, STREAM, LEGACY, NOT_SET);

  private StateType(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it.
   *
   * @param wireValue the string read from the wire, not null
   * @return the canonical constant, or a new unknown value whose {@link #wireValue()} is {@code wireValue}
   */
  public static StateType of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new StateType(unknown, false));
  }

  /**
   * The values this version knows, in declaration order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<StateType> knownValues() {
    return KNOWN;
  }
}
