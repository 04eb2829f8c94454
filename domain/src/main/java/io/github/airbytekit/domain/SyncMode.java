package io.github.airbytekit.domain;

import java.util.List;

/**
 * How a source reads a stream ({@code full_refresh} or {@code incremental}); the same names in both forms.
 *
 * <p>An {@link OpenValue}: a value this version does not know is kept with its exact wire string, so it survives
 * a read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * SyncMode value = SyncMode.of("full_refresh");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class SyncMode extends OpenValue {
  /** Read everything every sync. Wire value {@code full_refresh}. */
  public static final SyncMode FULL_REFRESH = new SyncMode("full_refresh", true);

  /** Read only what changed since the cursor. Wire value {@code incremental}. */
  public static final SyncMode INCREMENTAL = new SyncMode("incremental", true);

  private static final List<SyncMode> KNOWN = List.of(FULL_REFRESH, INCREMENTAL);

  private SyncMode(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it.
   *
   * @param wireValue the string read from the wire, not null
   * @return the canonical constant, or a new unknown value whose {@link #wireValue()} is {@code wireValue}
   */
  public static SyncMode of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new SyncMode(unknown, false));
  }

  /**
   * The values this version knows, in declaration order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<SyncMode> knownValues() {
    return KNOWN;
  }
}
