package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.internal.JobView;
import java.util.List;

/**
 * A connection's newest job as seen at one moment: state and catalog read between two equal marks of a connection
 * with no running job were read with no sync in between.
 *
 * @param jobId the newest job's id, or -1 when the connection has no job
 * @param status its status wire value, or {@code ""}
 * @param open whether it may still change (not final)
 */
record JobMark(long jobId, String status, boolean open) {
  static final JobMark NONE = new JobMark(-1, "", false);

  static JobMark of(List<JobView> newestFirst) {
    if (newestFirst.isEmpty()) {
      return NONE;
    }
    JobView newest = newestFirst.get(0);
    return new JobMark(newest.jobId(), newest.status().get().wireValue(), !newest.isFinal());
  }

  /** Whether what was read between {@code this} (before) and {@code after} is one consistent picture. */
  boolean settledWith(JobMark after) {
    return equals(after) && !open;
  }
}
