package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.JobType;
import org.jspecify.annotations.Nullable;

/**
 * The public API's {@code JobResponse}.
 *
 * @param jobId the job id
 * @param status the status
 * @param jobType the job type, or null
 * @param startTime the start time as Airbyte wrote it, or null
 * @param connectionId the connection, or null
 * @param duration the ISO-8601 duration, or null
 * @param bytesSynced bytes synced, or null
 * @param rowsSynced rows synced, or null
 */
public record JobView(
    long jobId,
    ResponseField<JobStatus> status,
    @Nullable JobType jobType,
    @Nullable String startTime,
    @Nullable String connectionId,
    @Nullable String duration,
    @Nullable Long bytesSynced,
    @Nullable Long rowsSynced) {

  /** Whether the job can no longer change; a job without status fails here. */
  public boolean isFinal() {
    return status.get().isFinal();
  }
}
