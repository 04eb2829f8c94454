package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.JobRequest;
import io.github.airbytekit.connections.JobSnapshot;
import io.github.airbytekit.connections.SyncFailedException;
import io.github.airbytekit.connections.SyncOptions;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.connections.SyncTimeoutException;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Starts a job, waits for it with live progress on stderr unless told not to, and prints it with its per-stream
 * results: the shared body of {@code sync run} and {@code connection reset|clear|refresh}.
 */
final class JobRun {
  private JobRun() {}

  /** {@code --no-wait}, {@code --timeout}, {@code --cancel-on-timeout}: how a started job is awaited. */
  static final class WaitFlags {
    @Option(names = "--no-wait", description = "Print the started job and return at once.")
    boolean noWait;

    @Option(
        names = "--timeout",
        paramLabel = "DURATION",
        defaultValue = SyncCommand.DEFAULT_TIMEOUT,
        converter = DurationConverter.class,
        description = "How long to wait: 90s, 5m, 1h or ISO-8601 PT5M (default " + SyncCommand.DEFAULT_TIMEOUT + ").")
    Duration timeout;

    @Option(names = "--cancel-on-timeout", description = "Cancel the job when the wait times out.")
    boolean cancelOnTimeout;
  }

  /**
   * @param request the job to start; its wait options are set here
   * @return {@link ExitCodes#OK}; a failed or cancelled job (exit 1) and a timeout (exit 6) throw after the job
   *     was printed
   */
  static int run(RootCommand root, CloudConnection connection, JobRequest.Builder request, WaitFlags wait) {
    boolean noWait = wait.noWait;
    Progress progress = new Progress(root.err, root.stderrIsTerminal);
    JobRequest built = request.syncOptions(SyncOptions.builder()
            .waitForCompletion(!noWait)
            .waitOptions(SyncCommand.waitOptions(wait.timeout, wait.cancelOnTimeout, progress))
            .build())
        .build();
    SyncResult result;
    try {
      result = connection.runJob(built);
    } catch (SyncFailedException | SyncTimeoutException e) {
      progress.finish();
      // The job is still data worth having (its id, counters, why it failed); the error line follows on stderr.
      SyncCommand.printJobWithStreams(root, connection.getSyncResult(e.jobId()));
      throw e;
    }
    progress.finish();
    // One observation for the note and the printed job, so they agree.
    JobSnapshot job = result.snapshot();
    String type = job.getJobType().wireValue();
    if (noWait) {
      root.note("started " + type + " job " + job.getJobId() + " (" + job.getJobUrl() + ")");
    } else {
      root.note(type + " job " + job.getJobId() + " " + job.getStatus().wireValue());
    }
    SyncCommand.printJobWithStreams(root, job, result);
    return ExitCodes.OK;
  }
}
