package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.configapi.AttemptLogs;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.AttemptRead;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRefreshRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRequestBody;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobRead;
import io.github.airbytekit.client.configapi.model.LogEvent;
import io.github.airbytekit.client.configapi.model.RefreshMode;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Config API operations this module uses (all {@code POST}). State and catalog bodies are the domain's
 * lossless types, so whatever is read and sent back keeps the properties this version does not know.
 */
public final class ConfigCalls {
  private final Gateway gateway;
  private final Supplier<ConfigApiServices> services;

  /** Calls the services {@code services} supplies (they fail when no Config API root is known) through {@code gateway}. */
  public ConfigCalls(Gateway gateway, Supplier<ConfigApiServices> services) {
    this.gateway = gateway;
    this.services = services;
  }

  /** {@code state/get}. */
  public ConnectionState state(String connectionId) {
    return gateway.call(services.get().state().getState(
        new ConnectionIdRequestBody().connectionId(Ids.uuid("connectionId", connectionId))), connectionId,
        (state, answer) -> state);
  }

  /** {@code state/create_or_update_safe}; 423 while a sync runs. */
  public ConnectionState writeState(String connectionId, ConnectionState state) {
    return gateway.call(services.get().state().createOrUpdateStateSafe(new ConnectionStateCreateOrUpdate()
        .connectionId(Ids.uuid("connectionId", connectionId)).connectionState(state)), connectionId,
        (stored, answer) -> stored);
  }

  /** {@code web_backend/connections/get} without refreshing the schema: its {@code syncCatalog}, or null. */
  public @Nullable SyncCatalog catalog(String connectionId) {
    return gateway.call(services.get().webBackend().webBackendGetConnection(new WebBackendConnectionRequestBody()
        .connectionId(Ids.uuid("connectionId", connectionId)).withRefreshedCatalog(false)), connectionId,
        (read, answer) -> answer.optional(read::getSyncCatalog));
  }

  /** {@code web_backend/connections/get} without refreshing the schema, the whole answer mapped by {@code mapper}. */
  public <R> R webBackendConnection(String connectionId, Gateway.Mapper<WebBackendConnectionRead, R> mapper) {
    return gateway.call(services.get().webBackend().webBackendGetConnection(new WebBackendConnectionRequestBody()
        .connectionId(Ids.uuid("connectionId", connectionId)).withRefreshedCatalog(false)), connectionId, mapper);
  }

  /** {@code web_backend/connections/update} with {@code skipReset=true}: the stored catalog, or null; 423 while a sync runs. */
  public @Nullable SyncCatalog updateCatalog(String connectionId, SyncCatalog catalog) {
    return gateway.call(services.get().webBackend().webBackendUpdateConnection(new WebBackendConnectionUpdate()
        .connectionId(Ids.uuid("connectionId", connectionId)).syncCatalog(catalog).skipReset(true)), connectionId,
        (read, answer) -> answer.optional(read::getSyncCatalog));
  }

  /**
   * {@code connections/reset/stream}: starts a job that resets {@code streams}; not retried. A running job is
   * cancelled by Airbyte to make way for it ({@code ConnectionManagerWorkflow.resetConnection}).
   */
  public JobView resetStreams(String connectionId, List<StreamId> streams) {
    return gateway.call(services.get().connections().resetConnectionStream(streamRequest(connectionId, streams)),
        connectionId, (info, answer) -> StreamJobs.view(answer.optional(info::getJob), answer));
  }

  /**
   * {@code connections/clear/stream}: on Airbyte the same handler as {@link #resetStreams}; the job is a
   * {@code reset_connection} job.
   */
  public JobView clearStreams(String connectionId, List<StreamId> streams) {
    return gateway.call(services.get().connections().clearConnectionStream(streamRequest(connectionId, streams)),
        connectionId, (info, answer) -> StreamJobs.view(answer.optional(info::getJob), answer));
  }

  /**
   * {@code connections/refresh}: starts a job that syncs {@code streams} (every stream when empty) from the start.
   * Airbyte answers without a job when the destination does not support refreshes or a job is running
   * ({@code StreamRefreshesHandler.createRefreshesForConnection}): that throws {@link JobNotStartedException}.
   *
   * @param merge keep the destination's data and merge ({@code Merge}) instead of dropping it ({@code Truncate})
   */
  public JobView refreshStreams(String connectionId, List<StreamId> streams, boolean merge) {
    ConnectionStreamRefreshRequestBody request = new ConnectionStreamRefreshRequestBody()
        .connectionId(Ids.uuid("connectionId", connectionId))
        .refreshMode(merge ? RefreshMode.MERGE : RefreshMode.TRUNCATE)
        .streams(StreamJobs.streams(streams));
    return gateway.call(services.get().connections().refreshConnectionStream(request), connectionId,
        (read, answer) -> {
          JobRead job = answer.optional(read::getJob);
          if (job == null) {
            throw new JobNotStartedException(answer.call(), answer.status(), "Either its destination does not "
                + "support refreshes, or a job was running: then Airbyte keeps the refresh and runs it as the "
                + "connection's next job.");
          }
          return StreamJobs.view(job, answer);
        });
  }

  private static ConnectionStreamRequestBody streamRequest(String connectionId, List<StreamId> streams) {
    return new ConnectionStreamRequestBody().connectionId(Ids.uuid("connectionId", connectionId))
        .streams(StreamJobs.streams(streams));
  }

  /** {@code jobs/get}: the job's times and its attempts with their logs. */
  public JobDetails job(long jobId, String connectionId) {
    return gateway.call(services.get().jobs().getJobInfo(new JobIdRequestBody().id(jobId)), connectionId,
        ConfigCalls::details);
  }

  private static JobDetails details(JobInfoRead read, Answer answer) {
    JobRead job = answer.optional(read::getJob);
    List<JobDetails.Attempt> attempts = new ArrayList<>();
    List<AttemptInfoRead> infos = answer.optional(read::getAttempts);
    for (AttemptInfoRead info : infos == null ? List.<AttemptInfoRead>of() : infos) {
      AttemptRead attempt = answer.optional(info::getAttempt);
      attempts.add(new JobDetails.Attempt(
          attempt == null ? null : answer.optional(attempt::getId),
          attempt == null ? null : status(answer.optional(attempt::getStatus)),
          attempt == null ? null : answer.optional(attempt::getCreatedAt),
          attempt == null ? null : attempt.getBytesSynced(),
          attempt == null ? null : attempt.getRecordsSynced(),
          logText(info.getLogs(), answer),
          AttemptReports.streamStats(attempt, answer),
          AttemptReports.failures(attempt, answer)));
    }
    return new JobDetails(job == null ? null : status(answer.optional(job::getStatus)),
        job == null ? null : answer.optional(job::getCreatedAt), job == null ? null : job.getStartedAt(),
        List.copyOf(attempts));
  }

  private static @Nullable JobStatus status(@Nullable OpenValue status) {
    String wire = OpenValue.wireValueOf(status);
    return wire == null ? null : JobStatus.of(wire);
  }

  private static String logText(@Nullable AttemptLogs logs, Answer answer) {
    if (logs == null) {
      return "";
    }
    List<LogEvent> events = logs.getEvents();
    if (events != null && !events.isEmpty()) {
      List<String> lines = new ArrayList<>(events.size());
      for (LogEvent event : events) {
        Long timestamp = answer.optional(event::getTimestamp);
        String level = OpenValue.wireValueOf(answer.optional(event::getLevel));
        String message = answer.optional(event::getMessage);
        lines.add("[" + (timestamp == null ? "" : Instant.ofEpochMilli(timestamp).toString()) + "] "
            + (level == null ? "INFO" : level) + ": " + (message == null ? "" : message));
      }
      return String.join("\n", lines);
    }
    return logs.getLogLines() == null ? "" : String.join("\n", logs.getLogLines());
  }
}
