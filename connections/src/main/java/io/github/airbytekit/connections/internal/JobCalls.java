package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.api.JobsApi;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.JobType;
import io.github.airbytekit.domain.OpenValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The public API's job operations. */
public final class JobCalls {
  /** {@code orderBy} for newest first. */
  public static final String NEWEST_FIRST = "createdAt|DESC";
  /** {@code orderBy} for oldest first. */
  public static final String OLDEST_FIRST = "createdAt|ASC";

  private final Gateway gateway;
  private final JobsApi api;

  /** Calls {@code api} through {@code gateway}. */
  public JobCalls(Gateway gateway, JobsApi api) {
    this.gateway = gateway;
    this.api = api;
  }

  /** {@code POST /jobs} for a sync: not idempotent, never retried by the transport; 409 when one runs. */
  public JobView createSync(String connectionId) {
    return create(connectionId, JobType.SYNC);
  }

  /** {@code POST /jobs} for a job of {@code jobType} on the whole connection; see {@link #createSync}. */
  public JobView create(String connectionId, JobType jobType) {
    JobCreateRequest request = new JobCreateRequest().connectionId(Ids.uuid("connectionId", connectionId))
        .jobType(JobTypeEnum.of(jobType.wireValue()));
    return gateway.call(api.createJob(request), connectionId, JobCalls::view);
  }

  /** {@code GET /jobs/{id}}. */
  public JobView get(long jobId, String connectionId) {
    return gateway.call(api.getJob(jobId), connectionId, JobCalls::view);
  }

  /** {@code GET /jobs/{id}} of a job whose connection is not known yet. */
  public JobView find(long jobId) {
    return gateway.call(api.getJob(jobId), null, JobCalls::view);
  }

  /** {@code DELETE /jobs/{id}}: cancels the job. */
  public JobView cancel(long jobId, String connectionId) {
    return gateway.call(api.cancelJob(jobId), connectionId, JobCalls::view);
  }

  /**
   * {@code GET /jobs} of one connection, one page by offset.
   *
   * @param jobType only this type, or null for Airbyte's default (every type on current Airbyte; sync and reset
   *     up to v2.0.0)
   */
  public Page<JobView> list(String workspaceId, String connectionId, int limit, int offset, String orderBy,
      @Nullable JobType jobType) {
    JobTypeEnum type = jobType == null ? null : JobTypeEnum.of(jobType.wireValue());
    return gateway.call(api.listJobs(Ids.uuid("connectionId", connectionId), limit, offset, type,
        List.of(Ids.uuid("workspaceId", workspaceId)), null, null, null, null, null, orderBy), connectionId,
        (body, answer) -> {
          List<JobView> jobs = new ArrayList<>();
          for (JobResponse job : body.getData()) {
            jobs.add(view(job, answer));
          }
          return new Page<>(body.getNext(), jobs);
        });
  }

  private static JobView view(JobResponse job, Answer answer) {
    String type = OpenValue.wireValueOf(answer.optional(job::getJobType));
    return new JobView(
        job.getJobId(),
        answer.field(() -> JobStatus.of(job.getStatus().wireValue())),
        type == null ? null : JobType.of(type),
        answer.optional(job::getStartTime),
        Ids.text(answer.optional(job::getConnectionId)),
        job.getDuration(),
        job.getBytesSynced(),
        job.getRowsSynced());
  }
}
