package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.AttemptLogs;
import io.github.airbytekit.client.configapi.model.AttemptFailureSummary;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.AttemptRead;
import io.github.airbytekit.client.configapi.model.AttemptStats;
import io.github.airbytekit.client.configapi.model.AttemptStatus;
import io.github.airbytekit.client.configapi.model.AttemptStreamStats;
import io.github.airbytekit.client.configapi.model.FailureOrigin;
import io.github.airbytekit.client.configapi.model.FailureReason;
import io.github.airbytekit.client.configapi.model.FailureType;
import io.github.airbytekit.client.configapi.model.JobAggregatedStats;
import io.github.airbytekit.client.configapi.model.JobConfigType;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobRead;
import io.github.airbytekit.client.configapi.model.JobStatus;
import io.github.airbytekit.client.configapi.model.LogEvent;
import io.github.airbytekit.client.configapi.model.LogFormatType;
import io.github.airbytekit.client.configapi.model.LogLevel;
import io.github.airbytekit.client.configapi.model.LogSource;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.internal.Records.Attempt;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Records.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stored job with its attempts and logs as the Config API's {@code JobInfoRead}. */
final class JobInfoResponses {
  private static final Map<String, String> CONFIG_TYPES = Map.of("reset", "reset_connection");

  private JobInfoResponses() {}

  /** @param structured whether attempt logs are structured events rather than lines */
  static JobInfoRead render(Job job, boolean structured) {
    JobRead read =
        new JobRead()
            .id(job.id)
            .configType(JobConfigType.of(CONFIG_TYPES.getOrDefault(job.jobType, job.jobType)))
            .configId(job.connectionId)
            .createdAt(job.createdAt.getEpochSecond())
            .updatedAt(job.updatedAt.getEpochSecond())
            .status(JobStatus.of(job.status.wireValue()));
    if (!job.attempts.isEmpty()) {
      read.startedAt(job.attempts.get(0).createdAt.getEpochSecond());
    }
    if (job.bytesSynced != null && job.rowsSynced != null) {
      read.aggregatedStats(
          new JobAggregatedStats()
              .recordsEmitted(job.rowsSynced)
              .bytesEmitted(job.bytesSynced)
              .recordsCommitted(job.rowsSynced)
              .bytesCommitted(job.bytesSynced)
              .recordsRejected(0L));
    }
    List<AttemptInfoRead> attempts = new ArrayList<>();
    for (Attempt attempt : job.attempts) {
      attempts.add(
          new AttemptInfoRead()
              .attempt(attempt(attempt))
              .logType(LogFormatType.of(structured ? "structured" : "formatted"))
              .logs(structured ? events(attempt) : lines(attempt)));
    }
    return new JobInfoRead().job(read).attempts(attempts);
  }

  private static AttemptRead attempt(Attempt attempt) {
    AttemptRead read =
        new AttemptRead()
            .id((long) attempt.number)
            .status(AttemptStatus.of(attempt.status))
            .createdAt(attempt.createdAt.getEpochSecond())
            .updatedAt(attempt.updatedAt.getEpochSecond());
    if (attempt.endedAt != null) {
      read.endedAt(attempt.endedAt.getEpochSecond())
          .bytesSynced(attempt.bytesSynced)
          .recordsSynced(attempt.recordsSynced);
    }
    if (attempt.endedAt != null && !attempt.streams.isEmpty()) {
      read.streamStats(streamStats(attempt));
    }
    if (attempt.failureReason != null) {
      FailureReason failure =
          new FailureReason()
              .failureOrigin(FailureOrigin.of(attempt.failureOrigin))
              .failureType(FailureType.of(attempt.failureType))
              .externalMessage(attempt.failureReason)
              .internalMessage(attempt.failureReason)
              .timestamp(attempt.updatedAt.toEpochMilli());
      if (attempt.failedStream != null) {
        failure.streamDescriptor(
            StreamDescriptor.of(attempt.failedStream.getName(), attempt.failedStream.getNamespace()));
      }
      read.failureSummary(new AttemptFailureSummary().failures(List.of(failure)).partialSuccess(false));
    }
    return read;
  }

  /** The attempt's counters split evenly among its streams, the remainder to the first. */
  private static List<AttemptStreamStats> streamStats(Attempt attempt) {
    int count = attempt.streams.size();
    List<AttemptStreamStats> stats = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long records = share(attempt.recordsSynced, count, i);
      long bytes = share(attempt.bytesSynced, count, i);
      StreamId stream = attempt.streams.get(i);
      stats.add(
          new AttemptStreamStats()
              .streamName(stream.getName())
              .streamNamespace(stream.getNamespace())
              .stats(
                  new AttemptStats()
                      .recordsEmitted(records)
                      .bytesEmitted(bytes)
                      .recordsCommitted(records)
                      .bytesCommitted(bytes)));
    }
    return stats;
  }

  private static long share(long total, int parts, int index) {
    return total / parts + (index == 0 ? total % parts : 0);
  }

  private static AttemptLogs lines(Attempt attempt) {
    List<String> lines = new ArrayList<>();
    for (LogEntry entry : attempt.log) {
      lines.add(entry.line());
    }
    return new AttemptLogs().logLines(lines);
  }

  /** The structured shape newer Airbyte servers answer: {@code {events:[...], version}}. */
  private static AttemptLogs events(Attempt attempt) {
    List<LogEvent> events = new ArrayList<>();
    for (LogEntry entry : attempt.log) {
      events.add(
          new LogEvent()
              .timestamp(entry.at.toEpochMilli())
              .message(entry.message)
              .level(LogLevel.of(entry.level))
              .logSource(LogSource.of(entry.source)));
    }
    return new AttemptLogs().events(events).version("1");
  }
}
