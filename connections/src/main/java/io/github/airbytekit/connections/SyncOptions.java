package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How {@link CloudConnection#runSync(SyncOptions)} starts and awaits a sync: whether to wait, and how.
 *
 * <pre>{@code
 * SyncResult started = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
 * connection.runSync(SyncOptions.builder()
 *     .waitOptions(WaitOptions.builder().timeout(Duration.ofMinutes(10)).raiseOnFailure(true).build())
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncOptions {
  SyncOptions() {}

  /** {@return a new builder with the defaults: wait up to 300 s, raising on failure and on timeout} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether to wait until the job is final} */
  @Value.Default
  public boolean isWaitForCompletion() {
    return true;
  }

  /**
   * How to wait, when waiting. Options given here are used as they are, so set
   * {@link WaitOptions#isRaiseOnFailure() raiseOnFailure} to keep a failed sync throwing.
   *
   * @return by default 300 s, raising {@link SyncFailedException} on failure and {@link SyncTimeoutException}
   *     on timeout
   */
  @Value.Default
  public WaitOptions getWaitOptions() {
    return WaitOptions.builder().timeout(Duration.ofSeconds(300)).raiseOnFailure(true).build();
  }

  /** Builds {@link SyncOptions}; every setting is optional and may be set once. */
  public static final class Builder extends ImmutableSyncOptions.Builder {
    Builder() {}
  }
}
