package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Offset pagination over a connection's jobs; the {@code next} link is only a stop signal (it may name an
 * internal host). A job created between two pages shifts a newest-first list by one, so a job id already
 * seen is skipped rather than returned twice.
 */
final class JobHistory {
  static final String NEWEST_FIRST = "createdAt|DESC";
  static final String OLDEST_FIRST = "createdAt|ASC";
  static final int PAGE_SIZE = 100;

  private JobHistory() {}

  static List<SyncResult> list(CloudConnection connection, JobQuery query) {
    CloudWorkspace workspace = connection.workspace();
    String orderBy = query.isNewestFirst() ? NEWEST_FIRST : OLDEST_FIRST;
    String jobType = query.getJobType() == null ? null : query.getJobType().value();
    List<SyncResult> results = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int offset = query.getOffset();
    long remaining = query.getLimit();
    while (remaining > 0) {
      int pageSize = (int) Math.min(remaining, PAGE_SIZE);
      Dto.JobsPage page = workspace.publicApi().listJobs(workspace.workspaceId(), connection.connectionId(),
          pageSize, offset, orderBy, jobType);
      List<Dto.Job> jobs = page.data == null ? List.of() : page.data;
      if (jobs.isEmpty()) {
        break;
      }
      for (Dto.Job job : jobs) {
        if (seen.add(job.jobId) && results.size() < query.getLimit()) {
          results.add(new SyncResult(connection, job.jobId, job, false));
        }
      }
      remaining -= jobs.size();
      offset += jobs.size();
      if (page.next == null || page.next.isEmpty() || jobs.size() < pageSize) {
        break;
      }
    }
    return Collections.unmodifiableList(results);
  }
}
