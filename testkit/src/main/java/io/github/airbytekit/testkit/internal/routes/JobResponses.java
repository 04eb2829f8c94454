package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Job;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A stored job as the public API's {@code JobResponse}. */
final class JobResponses {
  private JobResponses() {}

  static JobResponse render(Job job) {
    JobResponse response =
        new JobResponse()
            .jobId(job.id)
            .status(JobStatusEnum.of(job.status.wireValue()))
            .jobType(JobTypeEnum.of(job.jobType))
            // Airbyte renders job times from epoch seconds, e.g. 2023-03-25T01:30:50Z.
            .startTime(job.createdAt.truncatedTo(ChronoUnit.SECONDS).toString())
            .connectionId(UUID.fromString(job.connectionId))
            .lastUpdatedAt(job.updatedAt.truncatedTo(ChronoUnit.SECONDS).toString())
            .duration(FakeStore.duration(job));
    if (job.bytesSynced != null) {
      response.bytesSynced(job.bytesSynced);
    }
    if (job.rowsSynced != null) {
      response.rowsSynced(job.rowsSynced);
    }
    return response;
  }
}
