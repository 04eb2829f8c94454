package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One consistent observation of a job: every field comes from the same {@code GET /jobs/{id}} response (none at
 * all once the job is known to be final). Made by {@link SyncResult#snapshot()}; immutable, no I/O.
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

  /** {@return a new builder (for tests of code that reads snapshots); every attribute but the duration is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the job id} */
  public abstract long getJobId();

  /** {@return the job status at this observation} */
  public abstract JobStatus getStatus();

  /** {@return the job type, such as {@link JobType#SYNC}} */
  public abstract JobType getJobType();

  /** {@return when the job started, parsed as {@link SyncResult#startTime()} does} */
  public abstract Instant getStartTime();

  /** {@return how long the job ran, or null when Airbyte did not report it} */
  public abstract @Nullable Duration getDuration();

  /** {@return the bytes synced at this observation (0 when Airbyte does not say)} */
  public abstract long getBytesSynced();

  /** {@return the records (rows) synced at this observation (0 when Airbyte does not say)} */
  public abstract long getRecordsSynced();

  /** {@return the job in the web UI, as {@link SyncResult#jobUrl()}} */
  public abstract String getJobUrl();

  /** {@return whether the job was final (succeeded, failed or cancelled) at this observation} */
  public boolean isComplete() {
    return getStatus().isFinal();
  }

  /** Builds a {@link JobSnapshot}; each attribute may be set once. */
  public static final class Builder extends ImmutableJobSnapshot.Builder {
    Builder() {}
  }
}
