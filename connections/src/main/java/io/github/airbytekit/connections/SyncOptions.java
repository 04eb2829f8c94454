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

  /** Starts options with the defaults: wait up to 300 s, raising on failure and on timeout. */
  public static Builder builder() {
    return ImmutableSyncOptions.builder();
  }

  /** Wait until the job is final (default true). */
  @Value.Default
  public boolean isWaitForCompletion() {
    return true;
  }

  /** How long to wait (default 300 s). */
  @Value.Default
  public Duration getWaitTimeout() {
    return Duration.ofSeconds(300);
  }

  /** Cancel the job if it is still running when the wait times out (default false). */
  @Value.Default
  public boolean isCancelOnTimeout() {
    return false;
  }

  /** Receives progress after every poll. */
  public abstract @Nullable SyncProgressListener getProgressListener();

  /** Poll intervals; {@code null} uses the workspace's {@link PollPolicy}. */
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
    /** See {@link SyncOptions#isWaitForCompletion()}. */
    Builder waitForCompletion(boolean waitForCompletion);

    /** See {@link SyncOptions#getWaitTimeout()}. */
    Builder waitTimeout(Duration waitTimeout);

    /** See {@link SyncOptions#isCancelOnTimeout()}. */
    Builder cancelOnTimeout(boolean cancelOnTimeout);

    /** See {@link SyncOptions#getProgressListener()}. */
    Builder progressListener(@Nullable SyncProgressListener progressListener);

    /** See {@link SyncOptions#getPollPolicy()}. */
    Builder pollPolicy(@Nullable PollPolicy pollPolicy);

    /** Builds the options. */
    SyncOptions build();
  }
}
