package io.github.airbytekit.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The base of every open enumeration in airbytekit: a wire string, a few canonical known constants, and room for
 * values a newer Airbyte sends that this version does not know.
 *
 * <pre>{@code
 * SyncMode mode = SyncMode.of("incremental");      // the canonical constant: mode == SyncMode.INCREMENTAL
 * SyncMode later = SyncMode.of("resumable_full");   // unknown here: later.isKnown() == false
 * String text = later.wireValue();                  // "resumable_full", written back unchanged
 * }</pre>
 *
 * <p>An unknown value is never mapped to a catch-all constant: it keeps its exact text, so it survives a read and
 * a write unchanged and can be shown to users. Two values are equal when they are of the same concrete class and
 * have the same wire value; the known constants are canonical instances, so {@code ==} works for them.
 *
 * <p>A subclass (in any module) is a final class with {@code public static final} constants created with
 * {@link #OpenValue(String, boolean) OpenValue(wire, true)}, a {@code public static X of(String wireValue)} built
 * on {@link #lookup}, and a {@code public static List<X> knownValues()}. Accessors use bare names
 * ({@code wireValue()}, {@code isKnown()}), unlike the {@code get*} accessors of value types.
 */
public abstract class OpenValue {
  private final String wireValue;
  private final boolean known;

  /**
   * Creates a value; only subclasses call this, for their constants and for unknown values.
   *
   * @param wireValue the exact wire string
   * @param known true for the constants of the subclass, false for a value it does not know
   */
  protected OpenValue(String wireValue, boolean known) {
    this.wireValue = Objects.requireNonNull(wireValue, "wireValue == null");
    this.known = known;
  }

  /**
   * Finds the constant whose wire value is exactly {@code wireValue} (case-sensitive), or makes an unknown value.
   *
   * @param known the subclass's constants
   * @param wireValue the string read from the wire
   * @param unknown creates the unknown value that keeps {@code wireValue}, typically {@code v -> new X(v, false)}
   * @param <T> the subclass
   * @return the canonical constant, or what {@code unknown} returns
   * @throws NullPointerException if {@code wireValue} is null
   */
  protected static <T extends OpenValue> T lookup(List<T> known, String wireValue, Function<String, T> unknown) {
    Objects.requireNonNull(wireValue, "wireValue == null");
    for (T candidate : known) {
      if (candidate.wireValue().equals(wireValue)) {
        return candidate;
      }
    }
    return unknown.apply(wireValue);
  }

  /**
   * The wire value of {@code value}, or null, for mapping optional properties.
   *
   * @param value an open value, or null
   * @return {@code value.wireValue()}, or null when {@code value} is null
   */
  public static @Nullable String wireValueOf(@Nullable OpenValue value) {
    return value == null ? null : value.wireValue();
  }

  /**
   * The exact string used on the wire, for known and unknown values alike.
   *
   * @return the wire value as read (never case-converted)
   */
  public final String wireValue() {
    return wireValue;
  }

  /**
   * Whether this is one of the constants of its class.
   *
   * @return true for the constants, false for a value this version does not know
   */
  public final boolean isKnown() {
    return known;
  }

  /** Equal to a value of the same concrete class with the same wire value. */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && wireValue.equals(((OpenValue) other).wireValue);
  }

  @Override
  public final int hashCode() {
    return wireValue.hashCode();
  }

  /** The wire value. */
  @Override
  public final String toString() {
    return wireValue;
  }
}
