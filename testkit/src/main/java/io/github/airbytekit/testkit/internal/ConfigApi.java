package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.configapi.AttemptLogs;
import io.github.airbytekit.client.configapi.model.ActorDefinitionVersionRead;
import io.github.airbytekit.client.configapi.model.AttemptFailureSummary;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.AttemptRead;
import io.github.airbytekit.client.configapi.model.AttemptStatus;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleData;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleDataBasicSchedule;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleDataCron;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleType;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.ConnectionStatus;
import io.github.airbytekit.client.configapi.model.DestinationRead;
import io.github.airbytekit.client.configapi.model.FailureOrigin;
import io.github.airbytekit.client.configapi.model.FailureReason;
import io.github.airbytekit.client.configapi.model.FailureType;
import io.github.airbytekit.client.configapi.model.JobAggregatedStats;
import io.github.airbytekit.client.configapi.model.JobConfigType;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobRead;
import io.github.airbytekit.client.configapi.model.JobStatus;
import io.github.airbytekit.client.configapi.model.LogEvent;
import io.github.airbytekit.client.configapi.model.LogFormatType;
import io.github.airbytekit.client.configapi.model.LogLevel;
import io.github.airbytekit.client.configapi.model.LogSource;
import io.github.airbytekit.client.configapi.model.NamespaceDefinitionType;
import io.github.airbytekit.client.configapi.model.NonBreakingChangesPreference;
import io.github.airbytekit.client.configapi.model.ScheduleTimeUnit;
import io.github.airbytekit.client.configapi.model.SchemaChange;
import io.github.airbytekit.client.configapi.model.SourceRead;
import io.github.airbytekit.client.configapi.model.SupportState;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Attempt;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Records.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The Config API routes, relative to {@code /api/v1}; called with the store locked. */
final class ConfigApi {
  private static final Pattern BASIC_TIMING = Pattern.compile("(?i)every\\s+(\\d+)\\s+(\\w+?)s?");

  private final FakeStore store;
  private final boolean strict;

  ConfigApi(FakeStore store, boolean strict) {
    this.store = store;
    this.strict = strict;
  }

  void handle(Exchange exchange, String path) {
    if (!exchange.method.equals("POST")) {
      throw new HttpProblem(405, "method-not-allowed", "Config API operations are POST only");
    }
    switch (path) {
      case "/state/get":
        getState(exchange);
        return;
      case "/state/create_or_update_safe":
        createOrUpdateSafe(exchange);
        return;
      case "/web_backend/connections/get":
        webBackendGet(exchange);
        return;
      case "/web_backend/connections/update":
        webBackendUpdate(exchange);
        return;
      case "/jobs/get":
        getJob(exchange);
        return;
      default:
        throw HttpProblem.notFound("No Config API route POST /api/v1" + path);
    }
  }

  private <T> T body(Exchange exchange, BodyShape shape, Class<T> type) {
    // Malformed or mistyped bodies are 422 on the Config API; unknown properties in strict mode 400.
    return Json.read(shape.filter(exchange.body, strict, 422), type, 422);
  }

  private static String required(@Nullable UUID id, String property) {
    if (id == null) {
      throw HttpProblem.unprocessable(property + " is required");
    }
    return id.toString();
  }

  // ---- state ----

  private void getState(Exchange exchange) {
    ConnectionIdRequestBody request = body(exchange, Shapes.CONNECTION_ID_REQUEST, ConnectionIdRequestBody.class);
    Connection connection = store.connection(required(request.getConnectionId(), "connectionId"));
    ConnectionState state = connection.state;
    if (state == null) {
      state = ConnectionState.builder().stateType(StateType.NOT_SET).connectionId(connection.id).build();
    }
    exchange.json(200, Json.write(ConnectionState.class, state));
  }

  private void createOrUpdateSafe(Exchange exchange) {
    ConnectionStateCreateOrUpdate request =
        body(exchange, Shapes.STATE_CREATE_OR_UPDATE, ConnectionStateCreateOrUpdate.class);
    String connectionId = required(request.getConnectionId(), "connectionId");
    ConnectionState state = request.getConnectionState();
    if (state == null) {
      throw HttpProblem.unprocessable("connectionState is required");
    }
    Connection connection = store.connection(connectionId);
    if (state.getConnectionId() != null && !connectionId.equalsIgnoreCase(state.getConnectionId())) {
      throw HttpProblem.unprocessable(
          "connectionState.connectionId " + state.getConnectionId() + " does not match connectionId " + connectionId);
    }
    validateState(state);
    Job open = store.openJob(connection.id);
    if (open != null) {
      throw HttpProblem.locked(
          "State cannot be updated while a sync is running for connection " + connection.id + " (job " + open.id + ")");
    }
    connection.state = StateType.NOT_SET.equals(state.getStateType()) ? null : state;
    exchange.json(200, Json.write(ConnectionState.class, state));
  }

  private static void validateState(ConnectionState state) {
    StateType type = state.getStateType();
    if (StateType.STREAM.equals(type) && state.getStreamState() == null) {
      throw HttpProblem.unprocessable("connectionState.streamState is required for stateType stream");
    }
    if (StateType.GLOBAL.equals(type) && state.getGlobalState() == null) {
      throw HttpProblem.unprocessable("connectionState.globalState is required for stateType global");
    }
    if (StateType.LEGACY.equals(type) && state.getState() == null) {
      throw HttpProblem.unprocessable("connectionState.state is required for stateType legacy");
    }
  }

  // ---- web backend ----

  private void webBackendGet(Exchange exchange) {
    WebBackendConnectionRequestBody request =
        body(exchange, Shapes.WEB_BACKEND_CONNECTION_REQUEST, WebBackendConnectionRequestBody.class);
    Connection connection = store.connection(required(request.getConnectionId(), "connectionId"));
    exchange.ok(webBackendRead(connection));
  }

  private void webBackendUpdate(Exchange exchange) {
    WebBackendConnectionUpdate update =
        body(exchange, Shapes.WEB_BACKEND_CONNECTION_UPDATE, WebBackendConnectionUpdate.class);
    Connection connection = store.connection(required(update.getConnectionId(), "connectionId"));
    // Validate first: a refused update changes nothing.
    String status = OpenValue.wireValueOf(update.getStatus());
    if (status != null && !List.of("active", "inactive", "deprecated", "locked").contains(status)) {
      throw HttpProblem.unprocessable("status must be one of active, inactive, deprecated, locked: " + status);
    }
    String namespaceDefinition = OpenValue.wireValueOf(update.getNamespaceDefinition());
    if (namespaceDefinition != null) {
      if (!List.of("source", "destination", "customformat").contains(namespaceDefinition)) {
        throw HttpProblem.unprocessable("namespaceDefinition must be source, destination or customformat");
      }
      namespaceDefinition = namespaceDefinition.equals("customformat") ? "custom_format" : namespaceDefinition;
    }
    String nonBreaking = OpenValue.wireValueOf(update.getNonBreakingChangesPreference());
    if (nonBreaking != null) {
      if (!List.of("ignore", "disable", "propagate_columns", "propagate_fully").contains(nonBreaking)) {
        throw HttpProblem.unprocessable("nonBreakingChangesPreference is not a known value: " + nonBreaking);
      }
      nonBreaking = nonBreaking.equals("disable") ? "disable_connection" : nonBreaking;
    }
    String scheduleType = OpenValue.wireValueOf(update.getScheduleType());
    String cron = null;
    if (scheduleType != null) {
      if (!List.of("manual", "basic", "cron").contains(scheduleType)) {
        throw HttpProblem.unprocessable("scheduleType must be manual, basic or cron: " + scheduleType);
      }
      if (scheduleType.equals("cron")) {
        ConnectionScheduleData data = update.getScheduleData();
        cron = data == null || data.getCron() == null ? null : data.getCron().getCronExpression();
        if (cron == null || cron.isBlank()) {
          throw HttpProblem.unprocessable("scheduleData.cron.cronExpression is required for a cron schedule");
        }
        String problem = CronRules.problem(cron, store.allowSubHourlySchedules, store.now()).orElse(null);
        if (problem != null) {
          throw HttpProblem.unprocessable(problem);
        }
      }
    }
    String basicTiming = null;
    if ("basic".equals(scheduleType)) {
      ConnectionScheduleData data = update.getScheduleData();
      ConnectionScheduleDataBasicSchedule basic = data == null ? null : data.getBasicSchedule();
      if (basic == null || basic.getUnits() == null || OpenValue.wireValueOf(basic.getTimeUnit()) == null) {
        throw HttpProblem.unprocessable("scheduleData.basicSchedule is required for a basic schedule");
      }
      basicTiming = "Every " + basic.getUnits() + " " + OpenValue.wireValueOf(basic.getTimeUnit());
    }
    SyncCatalog newCatalog = update.getSyncCatalog();
    List<CatalogOps.StreamKey> changed =
        newCatalog == null ? List.of() : CatalogOps.changedStreams(connection.syncCatalog, newCatalog);
    boolean reset = !changed.isEmpty() && !Boolean.TRUE.equals(update.getSkipReset());
    if (reset && store.openJob(connection.id) != null) {
      throw HttpProblem.conflict(
          "Cannot reset streams of connection " + connection.id + " while a sync is running");
    }

    if (update.getName() != null) {
      connection.name = update.getName();
    }
    if (update.getPrefix() != null) {
      connection.prefix = update.getPrefix();
    }
    if (status != null) {
      connection.status = status;
    }
    if (namespaceDefinition != null) {
      connection.namespaceDefinition = namespaceDefinition;
    }
    if (update.getNamespaceFormat() != null) {
      connection.namespaceFormat = update.getNamespaceFormat();
    }
    if (nonBreaking != null) {
      connection.nonBreakingSchemaUpdatesBehavior = nonBreaking;
    }
    if (scheduleType != null) {
      connection.scheduleType = scheduleType;
      connection.cronExpression = cron == null ? null : cron.trim();
      connection.basicTiming = basicTiming;
    }
    if (newCatalog != null) {
      connection.syncCatalog = newCatalog;
    }
    if (reset) {
      // Like Airbyte without skipReset: the changed streams lose their state and get a reset job.
      connection.state = CatalogOps.clear(connection.state, changed);
      store.createJob(connection, "reset");
    }
    exchange.ok(webBackendRead(connection));
  }

  private WebBackendConnectionRead webBackendRead(Connection connection) {
    Actor source = store.sources.get(connection.sourceId);
    Actor destination = store.destinations.get(connection.destinationId);
    Job latestSync = null;
    for (Job job : store.jobsOf(connection.id)) {
      if (job.jobType.equals("sync")) {
        latestSync = job;
      }
    }
    Job open = store.openJob(connection.id);
    WebBackendConnectionRead read =
        new WebBackendConnectionRead()
            .connectionId(UUID.fromString(connection.id))
            .name(connection.name)
            .namespaceDefinition(NamespaceDefinitionType.of(
                connection.namespaceDefinition.equals("custom_format") ? "customformat" : connection.namespaceDefinition))
            .sourceId(UUID.fromString(connection.sourceId))
            .destinationId(UUID.fromString(connection.destinationId))
            .syncCatalog(connection.syncCatalog)
            .scheduleType(Json.open(connection.scheduleType, ConnectionScheduleType::of))
            .status(Json.open(connection.status, ConnectionStatus::of))
            .isSyncing(open != null && (open.status == io.github.airbytekit.testkit.FakeJobStatus.RUNNING
                || open.status == io.github.airbytekit.testkit.FakeJobStatus.INCOMPLETE))
            .schemaChange(SchemaChange.of("no_change"))
            .notifySchemaChanges(false)
            .notifySchemaChangesByEmail(false)
            .nonBreakingChangesPreference(NonBreakingChangesPreference.of(
                connection.nonBreakingSchemaUpdatesBehavior.equals("disable_connection")
                    ? "disable"
                    : connection.nonBreakingSchemaUpdatesBehavior))
            .createdAt(connection.createdAt.getEpochSecond())
            .tags(List.of())
            .onDemandEnabled(false);
    if (connection.namespaceFormat != null) {
      read.namespaceFormat(connection.namespaceFormat);
    }
    if (connection.prefix != null) {
      read.prefix(connection.prefix);
    }
    if (connection.cronExpression != null) {
      read.scheduleData(
          new ConnectionScheduleData()
              .cron(new ConnectionScheduleDataCron().cronExpression(connection.cronExpression).cronTimeZone("UTC")));
    } else if (connection.basicTiming != null) {
      Matcher matcher = BASIC_TIMING.matcher(connection.basicTiming.trim());
      if (matcher.matches()) {
        String unit = matcher.group(2).toLowerCase(Locale.ROOT) + "s";
        if (List.of("minutes", "hours", "days", "weeks", "months").contains(unit)) {
          read.scheduleData(
              new ConnectionScheduleData()
                  .basicSchedule(
                      new ConnectionScheduleDataBasicSchedule()
                          .units(Long.parseLong(matcher.group(1)))
                          .timeUnit(Json.open(unit, ScheduleTimeUnit::of))));
        }
      }
    }
    if (latestSync != null) {
      read.latestSyncJobCreatedAt(latestSync.createdAt.getEpochSecond());
      read.latestSyncJobStatus(JobStatus.of(latestSync.status.wireValue()));
    }
    if (source != null) {
      read.source(
          new SourceRead()
              .sourceDefinitionId(UUID.fromString(source.definitionId))
              .sourceId(UUID.fromString(source.id))
              .workspaceId(UUID.fromString(source.workspaceId))
              .connectionConfiguration(source.configuration)
              .name(source.name)
              .sourceName(displayName(source.type))
              .createdAt(source.createdAt.getEpochSecond()));
      read.sourceActorDefinitionVersion(definitionVersion("airbyte/source-" + source.type));
    }
    if (destination != null) {
      read.destination(
          new DestinationRead()
              .destinationDefinitionId(UUID.fromString(destination.definitionId))
              .destinationId(UUID.fromString(destination.id))
              .workspaceId(UUID.fromString(destination.workspaceId))
              .connectionConfiguration(destination.configuration)
              .name(destination.name)
              .destinationName(displayName(destination.type))
              .createdAt(destination.createdAt.getEpochSecond()));
      read.destinationActorDefinitionVersion(definitionVersion("airbyte/destination-" + destination.type));
    }
    return read;
  }

  private static ActorDefinitionVersionRead definitionVersion(String repository) {
    return new ActorDefinitionVersionRead()
        .dockerRepository(repository)
        .dockerImageTag("1.0.0")
        .supportsRefreshes(true)
        .supportState(SupportState.of("supported"))
        .isVersionOverrideApplied(false)
        .supportsFileTransfer(false)
        .supportsDataActivation(false);
  }

  private static String displayName(String type) {
    StringBuilder name = new StringBuilder();
    for (String part : type.split("-")) {
      if (!part.isEmpty()) {
        if (name.length() > 0) {
          name.append(' ');
        }
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  // ---- jobs ----

  private void getJob(Exchange exchange) {
    JobIdRequestBody request = body(exchange, Shapes.JOB_ID_REQUEST, JobIdRequestBody.class);
    if (request.getId() == null) {
      throw HttpProblem.unprocessable("id is required");
    }
    Job job = store.job(request.getId());
    Connection owner = store.connections.get(job.connectionId);
    boolean structured = owner != null && owner.structuredLogs;
    JobRead read =
        new JobRead()
            .id(job.id)
            .configType(Json.open(configType(job.jobType), JobConfigType::of))
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
      AttemptRead attemptRead =
          new AttemptRead()
              .id((long) attempt.number)
              .status(Json.open(attempt.status, AttemptStatus::of))
              .createdAt(attempt.createdAt.getEpochSecond())
              .updatedAt(attempt.updatedAt.getEpochSecond());
      if (attempt.endedAt != null) {
        attemptRead
            .endedAt(attempt.endedAt.getEpochSecond())
            .bytesSynced(attempt.bytesSynced)
            .recordsSynced(attempt.recordsSynced);
      }
      if (attempt.failureReason != null) {
        attemptRead.failureSummary(
            new AttemptFailureSummary()
                .failures(
                    List.of(
                        new FailureReason()
                            .failureOrigin(FailureOrigin.of("source"))
                            .failureType(FailureType.of("system_error"))
                            .externalMessage(attempt.failureReason)
                            .internalMessage(attempt.failureReason)
                            .timestamp(attempt.updatedAt.toEpochMilli())))
                .partialSuccess(false));
      }
      attempts.add(
          new AttemptInfoRead()
              .attempt(attemptRead)
              .logType(LogFormatType.of(structured ? "structured" : "formatted"))
              .logs(structured ? events(attempt) : lines(attempt)));
    }
    exchange.ok(new JobInfoRead().job(read).attempts(attempts));
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
              .level(Json.open(entry.level, LogLevel::of))
              .logSource(Json.open(entry.source, LogSource::of)));
    }
    return new AttemptLogs().events(events).version("1");
  }

  private static String configType(String jobType) {
    switch (jobType) {
      case "reset":
        return "reset_connection";
      case "refresh":
        return "refresh";
      case "clear":
        return "clear";
      default:
        return "sync";
    }
  }
}
