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

  /**
   * Starts a progress value (for tests of listeners).
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableSyncProgress.builder();
  }

  /**
   * The job id.
   *
   * @return the job id
   */
  public abstract long getJobId();

  /**
   * The job status at this poll.
   *
   * @return the job status at this poll
   */
  public abstract JobStatus getStatus();

  /**
   * Records (rows) synced so far.
   *
   * @return records (rows) synced so far
   */
  public abstract long getRecordsSynced();

  /**
   * Bytes synced so far.
   *
   * @return bytes synced so far
   */
  public abstract long getBytesSynced();

  /**
   * Time since the wait started.
   *
   * @return time since the wait started
   */
  public abstract Duration getElapsed();

  /** Builds a {@link SyncProgress}; every attribute is required. */
  public interface Builder {
    /**
     * See {@link SyncProgress#getJobId()}.
     *
     * @param jobId the job id
     * @return this builder
     */
    Builder jobId(long jobId);

    /**
     * See {@link SyncProgress#getStatus()}.
     *
     * @param status the last status seen
     * @return this builder
     */
    Builder status(JobStatus status);

    /**
     * See {@link SyncProgress#getRecordsSynced()}.
     *
     * @param recordsSynced records synced
     * @return this builder
     */
    Builder recordsSynced(long recordsSynced);

    /**
     * See {@link SyncProgress#getBytesSynced()}.
     *
     * @param bytesSynced bytes synced
     * @return this builder
     */
    Builder bytesSynced(long bytesSynced);

    /**
     * See {@link SyncProgress#getElapsed()}.
     *
     * @param elapsed time since the wait started
     * @return this builder
     */
    Builder elapsed(Duration elapsed);

    /**
     * Builds the value.
     *
     * @return the sync progress
     */
    SyncProgress build();
  }
}
