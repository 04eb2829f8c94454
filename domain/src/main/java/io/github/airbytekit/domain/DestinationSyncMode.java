package io.github.airbytekit.domain;

import java.util.List;

/**
 * How a destination writes a stream; the same names in both forms.
 *
 * <p>An {@link OpenValue}: a value this version does not know is kept with its exact wire string, so it survives
 * a read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * DestinationSyncMode value = DestinationSyncMode.of("append");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class DestinationSyncMode extends OpenValue {
  /** Append records. Wire value {@code append}. */
  public static final DestinationSyncMode APPEND = new DestinationSyncMode("append", true);

  /** Replace the table. Wire value {@code overwrite}. */
  public static final DestinationSyncMode OVERWRITE = new DestinationSyncMode("overwrite", true);

  /** Append, then deduplicate by primary key. Wire value {@code append_dedup}. */
  public static final DestinationSyncMode APPEND_DEDUP = new DestinationSyncMode("append_dedup", true);

  /** Replace, deduplicating by primary key. Wire value {@code overwrite_dedup}. */
  public static final DestinationSyncMode OVERWRITE_DEDUP = new DestinationSyncMode("overwrite_dedup", true);

  /** Update records in place. Wire value {@code update}. */
  public static final DestinationSyncMode UPDATE = new DestinationSyncMode("update", true);

  /** Mark deleted records. Wire value {@code soft_delete}. */
  public static final DestinationSyncMode SOFT_DELETE = new DestinationSyncMode("soft_delete", true);

  private static final List<DestinationSyncMode> KNOWN = List.of(APPEND, OVERWRITE, APPEND_DEDUP, OVERWRITE_DEDUP, UPDATE, SOFT_DELETE);

  private DestinationSyncMode(String wireValue, boolean known) {
    super(wireValue, known);
  }

  /**
   * Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it.
   *
   * @param wireValue the string read from the wire, not null
   * @return the canonical constant, or a new unknown value whose {@link #wireValue()} is {@code wireValue}
   */
  public static DestinationSyncMode of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new DestinationSyncMode(unknown, false));
  }

  /**
   * The values this version knows, in declaration order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<DestinationSyncMode> knownValues() {
    return KNOWN;
  }
}
