package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One observation of a running job, passed to a {@link SyncProgressListener}.
 *
 * <pre>{@code
 * connection.runSync(SyncOptions.builder().progressListener(p -> bar.update(p.getRecordsSynced())).build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncProgress {
  SyncProgress() {}

  /** Starts a progress value (for tests of listeners). */
  public static Builder builder() {
    return ImmutableSyncProgress.builder();
  }

  /** The job id. */
  public abstract long getJobId();

  /** The job status at this poll. */
  public abstract JobStatus getStatus();

  /** Records (rows) synced so far. */
  public abstract long getRecordsSynced();

  /** Bytes synced so far. */
  public abstract long getBytesSynced();

  /** Time since the wait started. */
  public abstract Duration getElapsed();

  /** Builds a {@link SyncProgress}; every attribute is required. */
  public interface Builder {
    /** See {@link SyncProgress#getJobId()}. */
    Builder jobId(long jobId);

    /** See {@link SyncProgress#getStatus()}. */
    Builder status(JobStatus status);

    /** See {@link SyncProgress#getRecordsSynced()}. */
    Builder recordsSynced(long recordsSynced);

    /** See {@link SyncProgress#getBytesSynced()}. */
    Builder bytesSynced(long bytesSynced);

    /** See {@link SyncProgress#getElapsed()}. */
    Builder elapsed(Duration elapsed);

    /** Builds the value. */
    SyncProgress build();
  }
}
