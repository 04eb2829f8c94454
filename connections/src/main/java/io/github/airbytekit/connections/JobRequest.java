package io.github.airbytekit.connections;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which job {@link CloudConnection#runJob(JobRequest)} starts (type, and the streams it acts on) and how it is
 * awaited.
 *
 * <pre>{@code
 * // Clear the state and destination data of one stream, then wait for the job.
 * SyncResult cleared = connection.runJob(JobRequest.builder()
 *     .jobType(JobType.CLEAR)
 *     .addStreams(StreamId.of("users", "public"))
 *     .build());
 * }</pre>
 *
 * <p>Sync runs for the whole connection only. Reset, clear and refresh run for the whole connection (no streams)
 * or for the streams given. Refresh drops the destination's data of the refreshed streams unless
 * {@link #isMergeOnRefresh()}.
 */
@Value.Immutable
@AirbyteStyle
public abstract class JobRequest {
  JobRequest() {}

  /** {@return a new builder: a sync of the whole connection, awaited as {@link SyncOptions} do by default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the job type; {@link JobType#SYNC} by default} */
  @Value.Default
  public JobType getJobType() {
    return JobType.SYNC;
  }

  /** {@return the streams the job acts on; empty (the default) for the whole connection} */
  public abstract List<StreamId> getStreams();

  /** {@return for a refresh, keep the destination's data and merge into it; false (truncate) by default} */
  @Value.Default
  public boolean isMergeOnRefresh() {
    return false;
  }

  /** {@return whether and how to wait, as for {@link CloudConnection#runSync(SyncOptions)}} */
  @Value.Default
  public SyncOptions getSyncOptions() {
    return SyncOptions.builder().build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    JobType type = getJobType();
    if (!type.isKnown()) {
      problems.add("jobType: '" + type.wireValue() + "' is not a job type this library can start (one of "
          + JobType.knownValues() + ")");
    }
    if (type.equals(JobType.SYNC) && !getStreams().isEmpty()) {
      problems.add("streams: a sync runs for the whole connection; give no streams (or use jobType refresh)");
    }
    if (getStreams().size() != getStreams().stream().distinct().count()) {
      problems.add("streams: " + getStreams() + " names a stream twice");
    }
    if (isMergeOnRefresh() && !type.equals(JobType.REFRESH)) {
      problems.add("mergeOnRefresh: only a refresh merges; jobType is " + type.wireValue());
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid job request: " + String.join("; ", problems) + ".");
    }
  }

  /** Builds a {@link JobRequest}; every setting is optional, and each single value may be set once. */
  public static final class Builder extends ImmutableJobRequest.Builder {
    Builder() {}
  }
}
