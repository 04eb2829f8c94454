package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CloudConnection#runSync(SyncOptions)} starts and awaits a sync.
 *
 * <pre>{@code
 * SyncResult started = connection.runSync(SyncOptions.builder().waitForCompletion(false).build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncOptions {
  SyncOptions() {}

  /**
   * Starts options with the defaults: wait up to 300 s, raising on failure and on timeout.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableSyncOptions.builder();
  }

  /**
   * Wait until the job is final (default true).
   *
   * @return whether to wait for a final status
   */
  @Value.Default
  public boolean isWaitForCompletion() {
    return true;
  }

  /**
   * How long to wait (default 300 s).
   *
   * @return how long to wait (default 300 s)
   */
  @Value.Default
  public Duration getWaitTimeout() {
    return Duration.ofSeconds(300);
  }

  /**
   * Cancel the job if it is still running when the wait times out (default false).
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

  WaitOptions toWaitOptions() {
    return WaitOptions.builder()
        .timeout(getWaitTimeout())
        .raiseOnFailure(true)
        .raiseOnTimeout(true)
        .cancelOnTimeout(isCancelOnTimeout())
        .progressListener(getProgressListener())
        .pollPolicy(getPollPolicy())
        .build();
  }

  @Value.Check
  void check() {
    if (getWaitTimeout().isNegative()) {
      throw new AirbyteInputException("Invalid SyncOptions: waitTimeout must not be negative, was "
          + getWaitTimeout() + ".");
    }
  }

  /** Builds {@link SyncOptions}; every setting is optional. */
  public interface Builder {
    /**
     * See {@link SyncOptions#isWaitForCompletion()}.
     *
     * @param waitForCompletion whether to wait
     * @return this builder
     */
    Builder waitForCompletion(boolean waitForCompletion);

    /**
     * See {@link SyncOptions#getWaitTimeout()}.
     *
     * @param waitTimeout how long to wait
     * @return this builder
     */
    Builder waitTimeout(Duration waitTimeout);

    /**
     * See {@link SyncOptions#isCancelOnTimeout()}.
     *
     * @param cancelOnTimeout cancel the job on timeout
     * @return this builder
     */
    Builder cancelOnTimeout(boolean cancelOnTimeout);

    /**
     * See {@link SyncOptions#getProgressListener()}.
     *
     * @param progressListener the listener, or null
     * @return this builder
     */
    Builder progressListener(@Nullable SyncProgressListener progressListener);

    /**
     * See {@link SyncOptions#getPollPolicy()}.
     *
     * @param pollPolicy the poll policy
     * @return this builder
     */
    Builder pollPolicy(@Nullable PollPolicy pollPolicy);

    /**
     * Builds the options.
     *
     * @return the sync options
     */
    SyncOptions build();
  }
}
