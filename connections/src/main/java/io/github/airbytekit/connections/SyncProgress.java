package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One observation of a running job, passed to a {@link SyncProgressListener}.
 *
 * <pre>{@code
 * result.waitForCompletion(WaitOptions.builder().progressListener(p -> bar.update(p.getRecordsSynced())).build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncProgress {
  SyncProgress() {}

  /** {@return a new builder (for tests of listeners); every attribute is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the job id} */
  public abstract long getJobId();

  /** {@return the job status at this poll} */
  public abstract JobStatus getStatus();

  /** {@return the records (rows) synced so far} */
  public abstract long getRecordsSynced();

  /** {@return the bytes synced so far} */
  public abstract long getBytesSynced();

  /** {@return the time since the wait started, on the workspace's clock} */
  public abstract Duration getElapsed();

  /** Builds a {@link SyncProgress}; each attribute may be set once. */
  public static final class Builder extends ImmutableSyncProgress.Builder {
    Builder() {}
  }
}
