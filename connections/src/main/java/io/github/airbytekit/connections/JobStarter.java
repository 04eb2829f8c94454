package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.JobView;
import java.util.function.Supplier;

/**
 * Which request starts the job a {@link JobRequest} asks for:
 * <ul>
 *   <li>sync, reset and clear of the whole connection: the public API's {@code POST /jobs} with that
 *       {@code jobType};
 *   <li>reset or clear of chosen streams: the Config API's {@code connections/reset/stream} or
 *       {@code connections/clear/stream};
 *   <li>refresh (of chosen streams, or of every stream): the Config API's {@code connections/refresh}, which takes
 *       the refresh mode the public API has no place for.
 * </ul>
 * A version without the operation is refused by the version gate before anything is sent.
 *
 * <p>Airbyte runs a clear as a reset: the public API's {@code jobType: clear} and {@code connections/clear/stream}
 * call the same handler as their reset counterparts ({@code JobsController.publicCreateJob} →
 * {@code JobService.reset}; {@code ConnectionApiController.clearConnectionStream} →
 * {@code SchedulerHandler.resetConnectionStream}), and the job is stored and reported as {@code reset}
 * ({@code DefaultJobCreator.createResetConnectionJob}). A reset or clear cancels a running job; a sync meets 409.
 */
final class JobStarter {
  private final JobCalls jobs;
  private final ConfigCalls config;

  JobStarter(JobCalls jobs, ConfigCalls config) {
    this.jobs = jobs;
    this.config = config;
  }

  /**
   * The job type Airbyte lists {@code type}'s jobs under (its job list filter), to find a job after a lost answer:
   * a clear is a {@code reset} job.
   */
  static JobType listedAs(JobType type) {
    return type.equals(JobType.CLEAR) ? JobType.RESET : type;
  }

  /** The call that starts {@code request}'s job on {@code connectionId}; nothing is sent until it is called. */
  Supplier<JobView> creator(String connectionId, JobRequest request) {
    JobType type = request.getJobType();
    if (type.equals(JobType.REFRESH)) {
      return () -> config.refreshStreams(connectionId, request.getStreams(), request.isMergeOnRefresh());
    }
    if (request.getStreams().isEmpty()) {
      return () -> jobs.create(connectionId, type);
    }
    if (type.equals(JobType.RESET)) {
      return () -> config.resetStreams(connectionId, request.getStreams());
    }
    return () -> config.clearStreams(connectionId, request.getStreams()); // JobRequest allows nothing else
  }
}
