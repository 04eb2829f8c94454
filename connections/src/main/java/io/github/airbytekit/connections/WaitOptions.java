package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How {@link SyncResult#waitForCompletion(WaitOptions)} and {@link SyncResult#waitForCompletionAsync(WaitOptions)}
 * wait, and how {@link CloudConnection#runSync(SyncOptions)} and its asynchronous variant wait when told to.
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

  /** {@return a new builder with the defaults: 30 minutes, raise on timeout, do not raise on failure} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How long to wait; {@link Duration#ZERO} checks the status exactly once. The wait ends when the workspace's
   * clock says so, or once its pauses add up to this much, whichever comes first.
   *
   * @return the timeout, 30 minutes by default
   */
  @Value.Default
  public Duration getTimeout() {
    return Duration.ofMinutes(30);
  }

  /**
   * Whether a job that ends failed or cancelled throws {@link SyncFailedException}.
   *
   * @return false by default: the failed status is returned
   */
  @Value.Default
  public boolean isRaiseOnFailure() {
    return false;
  }

  /**
   * Whether a timeout throws {@link SyncTimeoutException}; otherwise the last status is returned.
   *
   * @return true by default
   */
  @Value.Default
  public boolean isRaiseOnTimeout() {
    return true;
  }

  /** {@return whether the job is cancelled when the timeout passes} */
  @Value.Default
  public boolean isCancelOnTimeout() {
    return false;
  }

  /**
   * Whether cancelling the future of an asynchronous wait ({@link SyncResult#waitForCompletionAsync(WaitOptions)},
   * {@link CloudConnection#runSyncAsync(SyncOptions)}) also cancels the job on Airbyte ({@code DELETE /jobs/{id}}).
   * Either way the polling stops. Blocking waits ignore it.
   *
   * @return false by default: the job keeps running
   */
  @Value.Default
  public boolean isCancelOnAbort() {
    return false;
  }

  /**
   * The listener that receives progress after every poll; an asynchronous wait calls it on one of the
   * workspace's worker threads.
   *
   * @return the listener, or null
   */
  public abstract @Nullable SyncProgressListener getProgressListener();

  /** {@return the poll intervals, or null to use the workspace's {@link PollPolicy}} */
  public abstract @Nullable PollPolicy getPollPolicy();

  @Value.Check
  void check() {
    if (getTimeout().isNegative()) {
      throw new AirbyteInputException("Invalid WaitOptions: timeout must not be negative, was "
          + getTimeout() + ".");
    }
  }

  /** Builds {@link WaitOptions}; every setting is optional and may be set once. */
  public static final class Builder extends ImmutableWaitOptions.Builder {
    Builder() {}
  }
}
