package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How {@link SyncResult#waitForCompletion(WaitOptions)} waits.
 *
 * <pre>{@code
 * result.waitForCompletion(WaitOptions.builder()
 *     .timeout(Duration.ofMinutes(10))
 *     .raiseOnFailure(true)
 *     .cancelOnTimeout(true)
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class WaitOptions {
  WaitOptions() {}

  /** Starts options with the defaults: 30 minutes, raise on timeout, do not raise on failure. */
  public static Builder builder() {
    return ImmutableWaitOptions.builder();
  }

  /** How long to wait; {@link Duration#ZERO} checks the status exactly once. Default 30 minutes. */
  @Value.Default
  public Duration getTimeout() {
    return Duration.ofMinutes(30);
  }

  /** Throw {@link SyncFailedException} when the job ends failed or cancelled (default false). */
  @Value.Default
  public boolean isRaiseOnFailure() {
    return false;
  }

  /** Throw {@link SyncTimeoutException} on timeout (default true); otherwise return the last status. */
  @Value.Default
  public boolean isRaiseOnTimeout() {
    return true;
  }

  /** Cancel the job when the timeout passes (default false: the job keeps running). */
  @Value.Default
  public boolean isCancelOnTimeout() {
    return false;
  }

  /** Receives progress after every poll. */
  public abstract @Nullable SyncProgressListener getProgressListener();

  /** Poll intervals; {@code null} uses the workspace's {@link PollPolicy}. */
  public abstract @Nullable PollPolicy getPollPolicy();

  @Value.Check
  void check() {
    if (getTimeout().isNegative()) {
      throw new AirbyteInputException("Invalid WaitOptions: timeout must not be negative, was "
          + getTimeout() + ".");
    }
  }

  /** Builds {@link WaitOptions}; every setting is optional. */
  public interface Builder {
    /** See {@link WaitOptions#getTimeout()}. */
    Builder timeout(Duration timeout);

    /** See {@link WaitOptions#isRaiseOnFailure()}. */
    Builder raiseOnFailure(boolean raiseOnFailure);

    /** See {@link WaitOptions#isRaiseOnTimeout()}. */
    Builder raiseOnTimeout(boolean raiseOnTimeout);

    /** See {@link WaitOptions#isCancelOnTimeout()}. */
    Builder cancelOnTimeout(boolean cancelOnTimeout);

    /** See {@link WaitOptions#getProgressListener()}. */
    Builder progressListener(@Nullable SyncProgressListener progressListener);

    /** See {@link WaitOptions#getPollPolicy()}. */
    Builder pollPolicy(@Nullable PollPolicy pollPolicy);

    /** Builds the options. */
    WaitOptions build();
  }
}
