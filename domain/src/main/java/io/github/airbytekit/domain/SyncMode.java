package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * How a source reads a stream ({@code full_refresh} or {@code incremental}); the same names in both forms.
 *
 * <p>An open enumeration: a value this version does not know is kept with its exact wire string, so it survives a
 * read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 *
 * <pre>{@code
 * SyncMode value = SyncMode.of("full_refresh");
 * boolean known = value.isKnown(); // true
 * }</pre>
 */
public final class SyncMode {
  /** Read everything every sync. Wire value {@code full_refresh}. */
  public static final SyncMode FULL_REFRESH = new SyncMode("full_refresh");

  /** Read only what changed since the cursor. Wire value {@code incremental}. */
  public static final SyncMode INCREMENTAL = new SyncMode("incremental");

  private static final List<SyncMode> KNOWN = List.of(FULL_REFRESH, INCREMENTAL);

  private final String wireValue;

  private SyncMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it. */
  public static SyncMode of(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (SyncMode known : KNOWN) {
      if (known.wireValue.equals(wireValue)) {
        return known;
      }
    }
    return new SyncMode(wireValue);
  }

  /** The values this version knows, in declaration order. */
  public static List<SyncMode> knownValues() {
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
    return other instanceof SyncMode && wireValue.equals(((SyncMode) other).wireValue);
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
