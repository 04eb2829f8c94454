package io.github.airbytekit.cli;

import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.JobFailure;
import io.github.airbytekit.connections.JobQuery;
import io.github.airbytekit.connections.JobRequest;
import io.github.airbytekit.connections.JobSnapshot;
import io.github.airbytekit.connections.JobType;
import io.github.airbytekit.connections.SyncAttempt;
import io.github.airbytekit.connections.SyncFailedException;
import io.github.airbytekit.connections.SyncProgress;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.connections.StreamSyncStats;
import io.github.airbytekit.connections.SyncTimeoutException;
import io.github.airbytekit.connections.WaitOptions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sync}: trigger syncs, watch them, list and inspect jobs. */
@Command(
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false, // added in help order by AirbytekitCli
    name = "sync",
    description = "Trigger a sync and watch it; wait for or cancel a job; list jobs, show one, read its logs.",
    synopsisSubcommandLabel = "(run | wait | cancel | status | history | logs)")
final class SyncCommand {
  static final String DEFAULT_TIMEOUT = "1h";

  @Spec CommandSpec spec;

  @Command(
      mixinStandardHelpOptions = true,
      name = "run",
      description = {
        "Start a sync and wait for it, showing live progress on stderr; prints the job.",
        "Exit 1 if it fails or is cancelled, 5 if a sync is already running, 6 on timeout (the"
            + " job keeps running unless --cancel-on-timeout)."
      })
  int run(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Mixin JobRun.WaitFlags wait) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    return JobRun.run(root, connection, JobRequest.builder(), wait);
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "wait",
      description = {
        "Wait for a job (such as one started with 'sync run --no-wait'), showing live progress on"
            + " stderr; prints the job.",
        "Exit 1 if it fails or is cancelled, 4 if there is no such job, 6 on timeout (the job keeps"
            + " running unless --cancel-on-timeout)."
      })
  int waitForJob(
      @Parameters(index = "0", paramLabel = "JOB_ID", description = "Job id.") long jobId,
      @Option(
              names = "--timeout",
              paramLabel = "DURATION",
              defaultValue = DEFAULT_TIMEOUT,
              converter = DurationConverter.class,
              description = "How long to wait: 90s, 5m, 1h or ISO-8601 PT5M (default " + DEFAULT_TIMEOUT + ").")
          Duration timeout,
      @Option(names = "--cancel-on-timeout", description = "Cancel the job when the wait times out.")
          boolean cancelOnTimeout) {
    RootCommand root = RootCommand.of(spec);
    SyncResult job = root.session().job(jobId);
    Progress progress = new Progress(root.err, root.stderrIsTerminal);
    try {
      job.waitForCompletion(waitOptions(timeout, cancelOnTimeout, progress));
    } catch (SyncFailedException | SyncTimeoutException e) {
      progress.finish();
      printJobWithStreams(root, job);
      throw e;
    }
    progress.finish();
    JobSnapshot snapshot = job.snapshot();
    root.note(snapshot.getJobType().wireValue() + " job " + snapshot.getJobId() + " "
        + snapshot.getStatus().wireValue());
    printJobWithStreams(root, snapshot, job);
    return ExitCodes.OK;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "cancel",
      description = "Cancel a running job; prints the job as Airbyte reports it afterwards.")
  int cancel(@Parameters(index = "0", paramLabel = "JOB_ID", description = "Job id.") long jobId) {
    RootCommand root = RootCommand.of(spec);
    SyncResult job = root.session().job(jobId);
    root.note("sync job " + jobId + " " + job.cancel().wireValue());
    printJob(root, job);
    return ExitCodes.OK;
  }

  /** Waits up to {@code timeout}, raising on failure, with live progress. */
  static WaitOptions waitOptions(Duration timeout, boolean cancelOnTimeout, Progress progress) {
    return WaitOptions.builder()
        .timeout(timeout)
        .raiseOnFailure(true)
        .cancelOnTimeout(cancelOnTimeout)
        .progressListener(p -> progress.update(progressKey(p), progressLine(p)))
        .build();
  }

  @Command(mixinStandardHelpOptions = true, name = "status", description = "Print one job (default: the newest job Airbyte lists).")
  int status(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", arity = "0..1", paramLabel = "JOB_ID", description = "Job id.")
          @Nullable Long jobId) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    SyncResult job;
    if (jobId == null) {
      Optional<SyncResult> newest = connection.getSyncResult();
      if (newest.isEmpty()) {
        throw CliException.notFound("connection " + conn + " has no jobs yet");
      }
      job = newest.get();
    } else {
      job = jobOf(connection, jobId);
    }
    printJobWithStreams(root, job);
    return ExitCodes.OK;
  }

  @Command(mixinStandardHelpOptions = true, name = "history", description = "Print the connection's jobs as a JSON array, newest first.")
  int history(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N jobs (default 20).")
          int limit,
      @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip N jobs.") int offset,
      @Option(names = "--oldest-first", description = "Oldest first.") boolean oldestFirst,
      @Option(
              names = "--job-type",
              paramLabel = "TYPE",
              description =
                  "sync, reset, refresh or clear (default: Airbyte's: every type, or sync and reset on"
                      + " Airbyte v2.0.0 and older).")
          @Nullable String jobType) {
    if (limit <= 0) {
      throw CliException.usage("--limit must be greater than 0, was " + limit);
    }
    if (offset < 0) {
      throw CliException.usage("--offset must not be negative, was " + offset);
    }
    JobQuery.Builder query = JobQuery.builder().limit(limit).offset(offset).newestFirst(!oldestFirst);
    if (jobType != null) {
      query.jobType(jobType(jobType));
    }
    JobQuery built = query.build();
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    List<SyncResult> jobs = connection.getPreviousSyncLogs(built);
    root.printJson(
        w -> {
          w.beginArray();
          for (SyncResult job : jobs) {
            Views.job(w, job);
          }
          w.endArray();
        });
    return ExitCodes.OK;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "logs",
      description = "Print a job's attempts with their log text as JSON (e.g. | jq -r '.attempts[].log').")
  int logs(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", paramLabel = "JOB_ID", description = "Job id.") long jobId) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    SyncResult job = jobOf(connection, jobId);
    List<SyncAttempt> attempts = job.attempts();
    root.printJson(
        w -> {
          w.beginObject();
          w.name("jobId").value(job.jobId());
          w.name("status").value(job.status().wireValue());
          w.name("attempts").beginArray();
          for (SyncAttempt attempt : attempts) {
            w.beginObject();
            w.name("attemptNumber").value(attempt.attemptNumber());
            w.name("status").value(attempt.status().wireValue());
            w.name("bytesSynced").value(attempt.bytesSynced());
            w.name("recordsSynced").value(attempt.recordsSynced());
            w.name("createdAt");
            if (attempt.createdAt() == null) {
              w.nullValue();
            } else {
              w.value(String.valueOf(attempt.createdAt()));
            }
            w.name("log").value(attempt.fullLogText());
            w.endObject();
          }
          w.endArray();
          w.endObject();
        });
    return ExitCodes.OK;
  }

  /** Job {@code jobId}, fetched once to check it is a job of this connection (else exit 4). */
  static SyncResult jobOf(CloudConnection connection, long jobId) {
    SyncResult job = connection.getSyncResult(jobId);
    try {
      job.status();
    } catch (AirbyteInputException e) {
      // The library reports a job of another connection as bad input; for this command it is not found.
      throw new CliException(ExitCodes.NOT_FOUND, Failures.message(e), e);
    }
    return job;
  }

  static JobType jobType(String value) {
    // Airbyte's wire values are lower case; the command also takes SYNC or Sync.
    JobType type = JobType.of(value.toLowerCase(Locale.ROOT));
    if (!type.isKnown()) {
      throw CliException.usage(
          "--job-type must be one of "
              + JobType.knownValues().stream().map(JobType::wireValue).collect(Collectors.joining(", "))
              + ", not '"
              + value
              + "'");
    }
    return type;
  }

  /** Prints one {@link SyncResult#snapshot()} of the job: at most one {@code GET /jobs/{id}}. */
  static void printJob(RootCommand root, SyncResult job) {
    printJob(root, job.snapshot());
  }

  static void printJob(RootCommand root, JobSnapshot job) {
    root.printJson(w -> Views.job(w, job));
  }

  /** {@link #printJob(RootCommand, SyncResult)} with the job's per-stream results and failure reasons. */
  static void printJobWithStreams(RootCommand root, SyncResult job) {
    printJobWithStreams(root, job.snapshot(), job);
  }

  /**
   * {@code snapshot} of {@code job}, then its streams and failures from the Config API's {@code jobs/get} (once for
   * a final job, whose attempts are cached).
   */
  static void printJobWithStreams(RootCommand root, JobSnapshot snapshot, SyncResult job) {
    List<StreamSyncStats> streams = job.streamStats();
    List<JobFailure> failures = job.failures();
    root.printJson(w -> Views.job(w, snapshot, streams, failures));
  }

  static String progressKey(SyncProgress p) {
    return p.getStatus().wireValue() + "/" + p.getRecordsSynced() + "/" + p.getBytesSynced();
  }

  /** {@code job 42  running  12,345 records  1.2 MB  0:05}. */
  static String progressLine(SyncProgress p) {
    return String.format(
        Locale.ROOT,
        "job %d  %-9s  %,d records  %s  %s",
        p.getJobId(),
        p.getStatus().wireValue(),
        p.getRecordsSynced(),
        Human.bytes(p.getBytesSynced()),
        Human.clock(p.getElapsed()));
  }
}
