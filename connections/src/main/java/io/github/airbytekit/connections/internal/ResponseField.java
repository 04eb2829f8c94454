package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteResponseException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A required property of an answer, read when the answer was mapped: its value, or why it is missing. Reading a
 * missing one with {@link #get()} fails the operation that needs it, and only that one (tolerant reader).
 *
 * @param <T> the property's type
 */
public final class ResponseField<T> {
  private final @Nullable T value;
  private final @Nullable Supplier<AirbyteResponseException> missing;

  private ResponseField(@Nullable T value, @Nullable Supplier<AirbyteResponseException> missing) {
    this.value = value;
    this.missing = missing;
  }

  /** A property that is present. */
  public static <T> ResponseField<T> of(T value) {
    return new ResponseField<>(value, null);
  }

  static <T> ResponseField<T> missing(Supplier<AirbyteResponseException> failure) {
    return new ResponseField<>(null, failure);
  }

  /**
   * The value.
   *
   * @throws AirbyteResponseException naming the property, its JSON path, the operation and the request
   */
  public T get() {
    if (value == null) {
      throw missing == null ? new IllegalStateException("no value") : missing.get();
    }
    return value;
  }

  /** The value, or null when Airbyte left the property out. */
  public @Nullable T orNull() {
    return value;
  }

  /** The value, or {@code fallback} when Airbyte left the property out. */
  public T orElse(T fallback) {
    return value != null ? value : fallback;
  }
}
