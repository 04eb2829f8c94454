package io.github.airbytekit.cli;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.ConnectionSchedule;
import io.github.airbytekit.connections.JobFailure;
import io.github.airbytekit.connections.JobSnapshot;
import io.github.airbytekit.connections.StreamSyncStats;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.domain.StreamId;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The JSON objects the commands print for connections and jobs; field names are part of the interface. */
final class Views {
  private Views() {}

  /**
   * {@code connectionId, name, workspaceId, sourceId, destinationId, status, prefix, streams,
   * schedule, connectionUrl}.
   */
  static void connection(JsonWriter w, CloudConnection connection) throws IOException {
    w.beginObject();
    w.name("connectionId").value(connection.connectionId());
    w.name("name").value(connection.name());
    w.name("workspaceId").value(connection.workspaceId());
    w.name("sourceId").value(connection.sourceId());
    w.name("destinationId").value(connection.destinationId());
    w.name("status").value(connection.status().wireValue());
    w.name("prefix").value(connection.tablePrefix());
    w.name("streams");
    strings(w, connection.streamNames());
    w.name("schedule");
    schedule(w, connection.schedule());
    w.name("connectionUrl").value(connection.connectionUrl());
    w.endObject();
  }

  /**
   * {@code jobId, status, jobType, startTime, duration, bytesSynced, recordsSynced, jobUrl}; status
   * and jobType are Airbyte's lowercase wire values, duration ISO-8601 or null. One {@link SyncResult#snapshot()}:
   * a single {@code GET /jobs/{id}} for a job not known to be final, none for a final one.
   */
  static void job(JsonWriter w, SyncResult job) throws IOException {
    job(w, job.snapshot());
  }

  /** As {@link #job(JsonWriter, SyncResult)}, from one observation: all fields from the same poll. */
  static void job(JsonWriter w, JobSnapshot job) throws IOException {
    w.beginObject();
    jobFields(w, job);
    w.endObject();
  }

  /**
   * {@link #job(JsonWriter, JobSnapshot)}'s fields, then {@code streams} (per stream: {@code stream} as
   * {@code namespace.name}, {@code name}, {@code namespace}, records and bytes emitted and committed) and
   * {@code failures} (per failure reason of the last attempt: {@code origin}, {@code type}, {@code message},
   * {@code stream} or null).
   */
  static void job(JsonWriter w, JobSnapshot job, List<StreamSyncStats> streams, List<JobFailure> failures)
      throws IOException {
    w.beginObject();
    jobFields(w, job);
    w.name("streams").beginArray();
    for (StreamSyncStats stream : streams) {
      w.beginObject();
      stream(w, stream.getStream());
      w.name("recordsEmitted").value(stream.getRecordsEmitted());
      w.name("bytesEmitted").value(stream.getBytesEmitted());
      w.name("recordsCommitted").value(stream.getRecordsCommitted());
      w.name("bytesCommitted").value(stream.getBytesCommitted());
      w.endObject();
    }
    w.endArray();
    w.name("failures").beginArray();
    for (JobFailure failure : failures) {
      w.beginObject();
      w.name("origin").value(failure.getOrigin());
      w.name("type").value(failure.getType());
      w.name("message").value(failure.getMessage());
      w.name("stream");
      StreamId stream = failure.getStream();
      if (stream == null) {
        w.nullValue();
      } else {
        w.value(stream.displayName());
      }
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void stream(JsonWriter w, StreamId stream) throws IOException {
    w.name("stream").value(stream.displayName());
    w.name("name").value(stream.getName());
    w.name("namespace");
    if (stream.getNamespace() == null) {
      w.nullValue();
    } else {
      w.value(stream.getNamespace());
    }
  }

  private static void jobFields(JsonWriter w, JobSnapshot job) throws IOException {
    w.name("jobId").value(job.getJobId());
    w.name("status").value(job.getStatus().wireValue());
    w.name("jobType").value(job.getJobType().wireValue());
    w.name("startTime").value(job.getStartTime().toString());
    Duration duration = job.getDuration();
    w.name("duration");
    if (duration == null) {
      w.nullValue();
    } else {
      w.value(duration.toString());
    }
    w.name("bytesSynced").value(job.getBytesSynced());
    w.name("recordsSynced").value(job.getRecordsSynced());
    w.name("jobUrl").value(job.getJobUrl());
  }

  /** {@code {scheduleType, cronExpression?, basicTiming?}}, as the public API names them. */
  static void schedule(JsonWriter w, ConnectionSchedule schedule) throws IOException {
    w.beginObject();
    w.name("scheduleType").value(schedule.getType());
    if (schedule.getCronExpression() != null) {
      w.name("cronExpression").value(schedule.getCronExpression());
    }
    if (schedule.getBasicTiming() != null) {
      w.name("basicTiming").value(schedule.getBasicTiming());
    }
    w.endObject();
  }

  /** {@code cron 0 0 12 * * ?}, {@code manual}, {@code basic Every 24 hours}. */
  static String describe(ConnectionSchedule schedule) {
    String detail = schedule.getCronExpression() != null ? schedule.getCronExpression() : schedule.getBasicTiming();
    return detail == null ? schedule.getType() : schedule.getType() + " " + detail;
  }

  static void strings(JsonWriter w, List<String> values) throws IOException {
    w.beginArray();
    for (String value : values) {
      w.value(value);
    }
    w.endArray();
  }
}
