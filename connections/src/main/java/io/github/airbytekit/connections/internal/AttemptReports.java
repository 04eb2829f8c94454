package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.configapi.model.AttemptFailureSummary;
import io.github.airbytekit.client.configapi.model.AttemptRead;
import io.github.airbytekit.client.configapi.model.AttemptStats;
import io.github.airbytekit.client.configapi.model.AttemptStreamStats;
import io.github.airbytekit.client.configapi.model.FailureReason;
import io.github.airbytekit.connections.JobFailure;
import io.github.airbytekit.connections.StreamSyncStats;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An attempt's per-stream stats and failure reasons, from the Config API's {@code AttemptRead}. */
final class AttemptReports {
  private AttemptReports() {}

  /** The attempt's {@code streamStats}; an entry without a stream name is skipped. */
  static List<StreamSyncStats> streamStats(@Nullable AttemptRead attempt, Answer answer) {
    List<AttemptStreamStats> all = attempt == null ? null : attempt.getStreamStats();
    List<StreamSyncStats> stats = new ArrayList<>();
    for (AttemptStreamStats entry : all == null ? List.<AttemptStreamStats>of() : all) {
      String name = answer.optional(entry::getStreamName);
      if (name == null) {
        continue;
      }
      AttemptStats counters = answer.optional(entry::getStats);
      StreamSyncStats.Builder stream = StreamSyncStats.builder().stream(StreamId.of(name, entry.getStreamNamespace()));
      if (counters != null) {
        stream.recordsEmitted(orZero(counters.getRecordsEmitted()))
            .bytesEmitted(orZero(counters.getBytesEmitted()))
            .recordsCommitted(orZero(counters.getRecordsCommitted()))
            .bytesCommitted(orZero(counters.getBytesCommitted()));
      }
      stats.add(stream.build());
    }
    return List.copyOf(stats);
  }

  /** The attempt's {@code failureSummary.failures}, in Airbyte's order. */
  static List<JobFailure> failures(@Nullable AttemptRead attempt, Answer answer) {
    AttemptFailureSummary summary = attempt == null ? null : attempt.getFailureSummary();
    List<FailureReason> reasons = summary == null ? null : answer.optional(summary::getFailures);
    List<JobFailure> failures = new ArrayList<>();
    for (FailureReason reason : reasons == null ? List.<FailureReason>of() : reasons) {
      JobFailure.Builder failure = JobFailure.builder();
      String origin = OpenValue.wireValueOf(reason.getFailureOrigin());
      String type = OpenValue.wireValueOf(reason.getFailureType());
      String message = reason.getExternalMessage() != null ? reason.getExternalMessage() : reason.getInternalMessage();
      StreamDescriptor stream = reason.getStreamDescriptor();
      Long timestamp = answer.optional(reason::getTimestamp);
      if (origin != null) {
        failure.origin(origin);
      }
      if (type != null) {
        failure.type(type);
      }
      if (message != null) {
        failure.message(message);
      }
      failures.add(failure
          .stream(stream == null ? null : stream.id())
          .retryable(reason.getRetryable())
          .timestamp(timestamp == null ? null : Instant.ofEpochMilli(timestamp))
          .build());
    }
    return List.copyOf(failures);
  }

  private static long orZero(@Nullable Long value) {
    return value == null ? 0 : value;
  }
}
