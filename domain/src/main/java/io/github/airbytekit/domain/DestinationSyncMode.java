package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * How a destination writes a stream; the same names in both forms.
 *
 * <p>An open enumeration: a value this version does not know is kept with its exact wire string, so it survives a
 * read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * DestinationSyncMode value = DestinationSyncMode.of("append");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class DestinationSyncMode {
  /** Append records. Wire value {@code append}. */
  public static final DestinationSyncMode APPEND = new DestinationSyncMode("append");

  /** Replace the table. Wire value {@code overwrite}. */
  public static final DestinationSyncMode OVERWRITE = new DestinationSyncMode("overwrite");

  /** Append, then deduplicate by primary key. Wire value {@code append_dedup}. */
  public static final DestinationSyncMode APPEND_DEDUP = new DestinationSyncMode("append_dedup");

  /** Replace, deduplicating by primary key. Wire value {@code overwrite_dedup}. */
  public static final DestinationSyncMode OVERWRITE_DEDUP = new DestinationSyncMode("overwrite_dedup");

  /** Update records in place. Wire value {@code update}. */
  public static final DestinationSyncMode UPDATE = new DestinationSyncMode("update");

  /** Mark deleted records. Wire value {@code soft_delete}. */
  public static final DestinationSyncMode SOFT_DELETE = new DestinationSyncMode("soft_delete");

  private static final List<DestinationSyncMode> KNOWN = List.of(APPEND, OVERWRITE, APPEND_DEDUP, OVERWRITE_DEDUP, UPDATE, SOFT_DELETE);

  private final String wireValue;

  private DestinationSyncMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it. */
  public static DestinationSyncMode of(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (DestinationSyncMode known : KNOWN) {
      if (known.wireValue.equals(wireValue)) {
        return known;
      }
    }
    return new DestinationSyncMode(wireValue);
  }

  /** The values this version knows, in declaration order. */
  public static List<DestinationSyncMode> knownValues() {
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
    return other instanceof DestinationSyncMode && wireValue.equals(((DestinationSyncMode) other).wireValue);
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
