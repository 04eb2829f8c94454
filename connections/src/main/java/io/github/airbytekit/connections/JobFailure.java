package io.github.airbytekit.connections;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Why an attempt of a job failed, as Airbyte records it in the attempt's failure summary (Config API
 * {@code jobs/get}): where it came from, what kind of failure, the message and, when one stream caused it, the
 * stream.
 *
 * <pre>{@code
 * for (JobFailure failure : result.failures()) {
 *   System.err.println(failure.getOrigin() + "/" + failure.getType() + ": " + failure.getMessage());
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class JobFailure {
  JobFailure() {}

  /** {@return a new builder; every attribute is optional} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where the failure came from, as Airbyte writes it: {@code source}, {@code destination}, {@code replication},
   * {@code persistence}, {@code airbyte_platform}, … ({@code unknown} when not reported).
   *
   * @return the origin's wire value
   */
  @Value.Default
  public String getOrigin() {
    return "unknown";
  }

  /**
   * The kind of failure, as Airbyte writes it: {@code config_error}, {@code system_error},
   * {@code transient_error}, {@code manual_cancellation}, … ({@code unknown} when not reported).
   *
   * @return the type's wire value
   */
  @Value.Default
  public String getType() {
    return "unknown";
  }

  /** {@return the message meant for users (Airbyte's external message, else its internal one), or {@code ""}} */
  @Value.Default
  public String getMessage() {
    return "";
  }

  /** {@return the stream that failed, or null when the failure is not about one stream} */
  public abstract @Nullable StreamId getStream();

  /** {@return whether Airbyte considers the failure retryable, or null when it does not say} */
  public abstract @Nullable Boolean getRetryable();

  /** {@return when the failure happened, or null when Airbyte did not say} */
  public abstract @Nullable Instant getTimestamp();

  /** Builds a {@link JobFailure}; each attribute may be set once. */
  public static final class Builder extends ImmutableJobFailure.Builder {
    Builder() {}
  }
}
