package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.JobFailure;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.StreamSyncStats;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Config API's {@code JobInfoRead}: the job's times and its attempts with their logs.
 *
 * @param status the job status, or null
 * @param createdAt when the job was created (epoch seconds), or null
 * @param startedAt when the job started (epoch seconds), or null
 * @param attempts the attempts, in order
 */
public record JobDetails(
    @Nullable JobStatus status, @Nullable Long createdAt, @Nullable Long startedAt, List<Attempt> attempts) {

  /**
   * One attempt.
   *
   * @param id Airbyte's attempt id, or null
   * @param status the attempt status, or null
   * @param createdAt when it was created (epoch seconds), or null
   * @param bytesSynced bytes synced, or null
   * @param recordsSynced records synced, or null
   * @param logText the log: structured events as {@code [<ISO timestamp>] <LEVEL>: <message>} lines, or the
   *     plain lines; empty when there are none
   * @param streamStats the attempt's per-stream counters, in Airbyte's order
   * @param failures the attempt's failure reasons, in Airbyte's order
   */
  public record Attempt(@Nullable Long id, @Nullable JobStatus status, @Nullable Long createdAt,
      @Nullable Long bytesSynced, @Nullable Long recordsSynced, String logText, List<StreamSyncStats> streamStats,
      List<JobFailure> failures) {}
}
