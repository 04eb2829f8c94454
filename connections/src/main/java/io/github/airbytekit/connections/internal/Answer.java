package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.MissingPropertyException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What a response mapper reads a successful answer with: required properties become {@link ResponseField}s. */
public final class Answer {
  private final CallInfo call;
  private final int status;

  Answer(CallInfo call, int status) {
    this.call = call;
    this.status = status;
  }

  /** The call that was answered. */
  public CallInfo call() {
    return call;
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /** Reads a required property (through its generated getter) without failing when it is missing. */
  public <T> ResponseField<T> field(Supplier<T> getter) {
    try {
      return ResponseField.of(getter.get());
    } catch (MissingPropertyException e) {
      return ResponseField.missing(() -> ResponseFailures.missing(call, status, e));
    }
  }

  /** Reads a required property that the mapping can do without: null when it is missing. */
  public <T> @Nullable T optional(Supplier<T> getter) {
    return field(getter).orNull();
  }
}
