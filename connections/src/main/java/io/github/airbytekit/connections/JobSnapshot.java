package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One consistent observation of a job: every field comes from the same {@code GET /jobs/{id}} response
 * (none at all once the job is known to be final). Made by {@link SyncResult#snapshot()}; immutable, no I/O.
 *
 * <pre>{@code
 * JobSnapshot job = result.snapshot();
 * System.out.println(job.getStatus() + ": " + job.getRecordsSynced() + " records, " + job.getBytesSynced() + " bytes");
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class JobSnapshot {
  JobSnapshot() {}

  /**
   * The job id.
   *
   * @return the job id
   */
  public abstract long getJobId();

  /**
   * The job status at this observation.
   *
   * @return the job status at this observation
   */
  public abstract JobStatus getStatus();

  /**
   * The job type, e.g. {@link JobType#SYNC}.
   *
   * @return the job type
   */
  public abstract JobType getJobType();

  /**
   * When the job started (parsed as {@link SyncResult#startTime()} does).
   *
   * @return when the job started
   */
  public abstract Instant getStartTime();

  /**
   * How long the job ran, or {@code null} when Airbyte did not report it.
   *
   * @return how long the job ran, or {@code null} when not reported
   */
  public abstract @Nullable Duration getDuration();

  /**
   * Bytes synced at this observation (0 when Airbyte does not say).
   *
   * @return bytes synced at this observation
   */
  public abstract long getBytesSynced();

  /**
   * Records (rows) synced at this observation (0 when Airbyte does not say).
   *
   * @return records (rows) synced at this observation
   */
  public abstract long getRecordsSynced();

  /**
   * The job in the web UI, as {@link SyncResult#jobUrl()}.
   *
   * @return the job in the web UI
   */
  public abstract String getJobUrl();

  /**
   * Whether the job was final (succeeded, failed or cancelled) at this observation.
   *
   * @return whether the job was final at this observation
   */
  public boolean isComplete() {
    return getStatus().isFinal();
  }
}
