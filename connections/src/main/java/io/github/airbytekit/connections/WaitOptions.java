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

  /**
   * Starts options with the defaults: 30 minutes, raise on timeout, do not raise on failure.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableWaitOptions.builder();
  }

  /**
   * How long to wait; {@link Duration#ZERO} checks the status exactly once. Default 30 minutes.
   *
   * @return how long to wait; {@link Duration#ZERO} checks the status exactly once
   */
  @Value.Default
  public Duration getTimeout() {
    return Duration.ofMinutes(30);
  }

  /**
   * Throw {@link SyncFailedException} when the job ends failed or cancelled (default false).
   *
   * @return whether a failed or cancelled job throws
   */
  @Value.Default
  public boolean isRaiseOnFailure() {
    return false;
  }

  /**
   * Throw {@link SyncTimeoutException} on timeout (default true); otherwise return the last status.
   *
   * @return whether a timeout throws
   */
  @Value.Default
  public boolean isRaiseOnTimeout() {
    return true;
  }

  /**
   * Cancel the job when the timeout passes (default false: the job keeps running).
   *
   * @return whether to cancel the job on timeout
   */
  @Value.Default
  public boolean isCancelOnTimeout() {
    return false;
  }

  /**
   * Receives progress after every poll.
   *
   * @return the sync progress listener
   */
  public abstract @Nullable SyncProgressListener getProgressListener();

  /**
   * Poll intervals; {@code null} uses the workspace's {@link PollPolicy}.
   *
   * @return the poll policy
   */
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
    /**
     * See {@link WaitOptions#getTimeout()}.
     *
     * @param timeout how long the caller waited
     * @return this builder
     */
    Builder timeout(Duration timeout);

    /**
     * See {@link WaitOptions#isRaiseOnFailure()}.
     *
     * @param raiseOnFailure throw if the job fails
     * @return this builder
     */
    Builder raiseOnFailure(boolean raiseOnFailure);

    /**
     * See {@link WaitOptions#isRaiseOnTimeout()}.
     *
     * @param raiseOnTimeout throw on timeout
     * @return this builder
     */
    Builder raiseOnTimeout(boolean raiseOnTimeout);

    /**
     * See {@link WaitOptions#isCancelOnTimeout()}.
     *
     * @param cancelOnTimeout cancel the job on timeout
     * @return this builder
     */
    Builder cancelOnTimeout(boolean cancelOnTimeout);

    /**
     * See {@link WaitOptions#getProgressListener()}.
     *
     * @param progressListener the listener, or null
     * @return this builder
     */
    Builder progressListener(@Nullable SyncProgressListener progressListener);

    /**
     * See {@link WaitOptions#getPollPolicy()}.
     *
     * @param pollPolicy the poll policy
     * @return this builder
     */
    Builder pollPolicy(@Nullable PollPolicy pollPolicy);

    /**
     * Builds the options.
     *
     * @return the wait options
     */
    WaitOptions build();
  }
}
