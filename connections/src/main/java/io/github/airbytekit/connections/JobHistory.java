package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Offset pagination over a connection's jobs; the {@code next} link is only a stop signal (it may name an
 * internal host). A job created between two pages shifts a newest-first list by one, so a job id already seen is
 * skipped rather than returned twice.
 */
final class JobHistory {
  static final int PAGE_SIZE = 100;

  private final JobCalls jobs;

  JobHistory(JobCalls jobs) {
    this.jobs = jobs;
  }

  List<JobView> list(String workspaceId, String connectionId, JobQuery query) {
    String orderBy = query.isNewestFirst() ? JobCalls.NEWEST_FIRST : JobCalls.OLDEST_FIRST;
    List<JobView> results = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int offset = query.getOffset();
    long remaining = query.getLimit();
    while (remaining > 0) {
      int pageSize = (int) Math.min(remaining, PAGE_SIZE);
      Page<JobView> page = jobs.list(workspaceId, connectionId, pageSize, offset, orderBy, query.getJobType());
      if (page.data().isEmpty()) {
        break;
      }
      for (JobView job : page.data()) {
        if (seen.add(job.jobId()) && results.size() < query.getLimit()) {
          results.add(job);
        }
      }
      remaining -= page.data().size();
      offset += page.data().size();
      if (page.isLast() || page.data().size() < pageSize) {
        break;
      }
    }
    return results;
  }
}
