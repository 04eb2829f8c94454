package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.publicapi.model.ConnectionCreateRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionSchedule;
import io.github.airbytekit.client.publicapi.model.ConnectionScheduleResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.ConnectionsResponse;
import io.github.airbytekit.client.publicapi.model.DestinationResponse;
import io.github.airbytekit.client.publicapi.model.DestinationsResponse;
import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobStatusEnum;
import io.github.airbytekit.client.publicapi.model.JobTypeEnum;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.client.publicapi.model.NamespaceDefinitionEnum;
import io.github.airbytekit.client.publicapi.model.NonBreakingSchemaUpdatesBehaviorEnum;
import io.github.airbytekit.client.publicapi.model.NotificationsConfig;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeWithBasicEnum;
import io.github.airbytekit.client.publicapi.model.SourceResponse;
import io.github.airbytekit.client.publicapi.model.SourcesResponse;
import io.github.airbytekit.client.publicapi.model.WorkspaceResponse;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The public API routes, relative to {@code /api/public/v1}; called with the store locked. */
final class PublicApi {
  private static final Pattern ORDER_BY = Pattern.compile("(\\w+)\\|(ASC|DESC)");
  private static final List<String> JOB_TYPES = List.of("sync", "reset", "refresh", "clear");

  private final FakeStore store;
  private final boolean strict;

  PublicApi(FakeStore store, boolean strict) {
    this.store = store;
    this.strict = strict;
  }

  void handle(Exchange exchange, String path) {
    String[] segments = path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
    String method = exchange.method;
    String collection = segments.length > 0 ? segments[0] : "";
    String id = segments.length == 2 ? segments[1] : null;
    if (segments.length == 0 || segments.length > 2 || (segments.length == 2 && id.isEmpty())) {
      throw HttpProblem.notFound("No public API route " + method + " " + path);
    }
    switch (collection + (id == null ? "" : "/{id}") + " " + method) {
      case "workspaces/{id} GET":
        getWorkspace(exchange, id);
        return;
      case "connections GET":
        listConnections(exchange);
        return;
      case "connections POST":
        createConnection(exchange);
        return;
      case "connections/{id} GET":
        exchange.ok(connectionResponse(store.connection(id)));
        return;
      case "connections/{id} PATCH":
        patchConnection(exchange, store.connection(id));
        return;
      case "connections/{id} DELETE":
        store.connection(id).status = "deprecated";
        exchange.noContent();
        return;
      case "jobs GET":
        listJobs(exchange);
        return;
      case "jobs POST":
        createJob(exchange);
        return;
      case "jobs/{id} GET":
        {
          Job job = store.job(jobId(id));
          store.advance(job);
          exchange.ok(jobResponse(job));
          return;
        }
      case "jobs/{id} DELETE":
        {
          Job job = store.job(jobId(id));
          if (job.status.isFinal()) {
            throw HttpProblem.conflict(
                "Job " + job.id + " is already " + job.status.wireValue() + " and cannot be cancelled");
          }
          store.transition(job, FakeJobStatus.CANCELLED, null, null, null);
          exchange.ok(jobResponse(job));
          return;
        }
      case "sources GET":
        listActors(exchange, store.sources, this::sourceResponse, "sources");
        return;
      case "sources/{id} GET":
        exchange.ok(sourceResponse(actor(store.sources, id, "source")));
        return;
      case "sources/{id} DELETE":
        actor(store.sources, id, "source").deleted = true;
        exchange.noContent();
        return;
      case "destinations GET":
        listActors(exchange, store.destinations, this::destinationResponse, "destinations");
        return;
      case "destinations/{id} GET":
        exchange.ok(destinationResponse(actor(store.destinations, id, "destination")));
        return;
      case "destinations/{id} DELETE":
        actor(store.destinations, id, "destination").deleted = true;
        exchange.noContent();
        return;
      default:
        throw HttpProblem.notFound("No public API route " + method + " " + path);
    }
  }

  // ---- workspaces ----

  private void getWorkspace(Exchange exchange, String id) {
    Records.Workspace workspace = store.workspaces.get(Ids.canonical(id));
    if (workspace == null) {
      throw HttpProblem.notFound("Could not find workspace with id: " + id);
    }
    exchange.ok(
        new WorkspaceResponse()
            .workspaceId(UUID.fromString(workspace.id))
            .name(workspace.name)
            .dataResidency(workspace.dataResidency)
            .notifications(new NotificationsConfig()));
  }

  // ---- connections ----

  private void listConnections(Exchange exchange) {
    Page page = Page.of(exchange);
    List<String> workspaceIds = canonical(exchange.queryList("workspaceIds"));
    boolean includeDeleted = bool(exchange, "includeDeleted");
    // Fake connections carry no tags, so any tag filter matches nothing.
    boolean tagFilter = !exchange.queryList("tagIds").isEmpty();
    List<ConnectionResponse> all = new ArrayList<>();
    for (Connection connection : store.connections.values()) {
      if (!tagFilter
          && (workspaceIds.isEmpty() || workspaceIds.contains(connection.workspaceId))
          && (includeDeleted || !connection.deleted())) {
        all.add(connectionResponse(connection));
      }
    }
    ConnectionsResponse response = new ConnectionsResponse().data(page.slice(all));
    response.next(page.next(exchange.url, all.size())).previous(page.previous(exchange.url));
    exchange.ok(response);
  }

  private void createConnection(Exchange exchange) {
    String json = Shapes.CONNECTION_CREATE.filter(exchange.body, strict, 400);
    ConnectionCreateRequest request = Json.read(json, ConnectionCreateRequest.class, 400);
    if (request.getSourceId() == null || request.getDestinationId() == null) {
      throw HttpProblem.badRequest("sourceId and destinationId are required");
    }
    Actor source = store.sources.get(request.getSourceId().toString());
    Actor destination = store.destinations.get(request.getDestinationId().toString());
    if (source == null || source.deleted) {
      throw HttpProblem.notFound("Could not find source with id: " + request.getSourceId());
    }
    if (destination == null || destination.deleted) {
      throw HttpProblem.notFound("Could not find destination with id: " + request.getDestinationId());
    }
    if (!source.workspaceId.equals(destination.workspaceId)) {
      throw HttpProblem.badRequest("Source and destination must be in the same workspace");
    }
    String name = request.getName() != null ? request.getName() : source.name + " → " + destination.name;
    Connection connection =
        new Connection(
            UUID.randomUUID().toString(),
            source.workspaceId,
            source.id,
            destination.id,
            name,
            CatalogOps.fromConfigurations(request.getConfigurations()),
            store.now());
    connection.prefix = request.getPrefix();
    applyCommon(
        connection,
        OpenValue.wireValueOf(request.getStatus()),
        request.getSchedule(),
        OpenValue.wireValueOf(request.getNamespaceDefinition()),
        request.getNamespaceFormat(),
        OpenValue.wireValueOf(request.getNonBreakingSchemaUpdatesBehavior()));
    store.connections.put(connection.id, connection);
    exchange.ok(connectionResponse(connection));
  }

  private void patchConnection(Exchange exchange, Connection connection) {
    String json = Shapes.CONNECTION_PATCH.filter(exchange.body, strict, 400);
    ConnectionPatchRequest patch = Json.read(json, ConnectionPatchRequest.class, 400);
    if ("locked".equals(connection.status)) {
      throw HttpProblem.conflict("Connection " + connection.id + " is locked and cannot be changed");
    }
    // Validate everything before changing anything, so a refused PATCH changes nothing.
    io.github.airbytekit.domain.SyncCatalog catalog =
        patch.getConfigurations() == null
            ? connection.syncCatalog
            : CatalogOps.apply(connection.syncCatalog, patch.getConfigurations());
    Connection copy = copyOf(connection);
    applyCommon(
        copy,
        OpenValue.wireValueOf(patch.getStatus()),
        patch.getSchedule(),
        OpenValue.wireValueOf(patch.getNamespaceDefinition()),
        patch.getNamespaceFormat(),
        OpenValue.wireValueOf(patch.getNonBreakingSchemaUpdatesBehavior()));
    if (patch.getName() != null) {
      if (patch.getName().isBlank()) {
        throw HttpProblem.badRequest("name must not be blank");
      }
      copy.name = patch.getName();
    }
    if (patch.getPrefix() != null) {
      copy.prefix = patch.getPrefix();
    }
    connection.name = copy.name;
    connection.prefix = copy.prefix;
    connection.status = copy.status;
    connection.scheduleType = copy.scheduleType;
    connection.cronExpression = copy.cronExpression;
    connection.basicTiming = copy.basicTiming;
    connection.namespaceDefinition = copy.namespaceDefinition;
    connection.namespaceFormat = copy.namespaceFormat;
    connection.nonBreakingSchemaUpdatesBehavior = copy.nonBreakingSchemaUpdatesBehavior;
    connection.syncCatalog = catalog;
    exchange.ok(connectionResponse(connection));
  }

  private static Connection copyOf(Connection c) {
    Connection copy =
        new Connection(c.id, c.workspaceId, c.sourceId, c.destinationId, c.name, c.syncCatalog, c.createdAt);
    copy.prefix = c.prefix;
    copy.status = c.status;
    copy.scheduleType = c.scheduleType;
    copy.cronExpression = c.cronExpression;
    copy.basicTiming = c.basicTiming;
    copy.namespaceDefinition = c.namespaceDefinition;
    copy.namespaceFormat = c.namespaceFormat;
    copy.nonBreakingSchemaUpdatesBehavior = c.nonBreakingSchemaUpdatesBehavior;
    return copy;
  }

  private void applyCommon(
      Connection connection,
      @Nullable String status,
      @Nullable ConnectionSchedule schedule,
      @Nullable String namespaceDefinition,
      @Nullable String namespaceFormat,
      @Nullable String nonBreaking) {
    if (status != null) {
      connection.status = oneOf("status", status, "active", "inactive", "deprecated", "locked");
    }
    if (schedule != null) {
      String type = OpenValue.wireValueOf(schedule.getScheduleType());
      if (type == null) {
        throw HttpProblem.badRequest("schedule.scheduleType is required");
      }
      oneOf("schedule.scheduleType", type, "manual", "cron");
      if (type.equals("cron")) {
        String cron = schedule.getCronExpression();
        if (cron == null || cron.isBlank()) {
          throw HttpProblem.badRequest("schedule.cronExpression is required for a cron schedule");
        }
        store.validateCron(cron);
        connection.scheduleType = "cron";
        connection.cronExpression = cron.trim();
        connection.basicTiming = null;
      } else {
        connection.scheduleType = "manual";
        connection.cronExpression = null;
        connection.basicTiming = null;
      }
    }
    if (namespaceDefinition != null) {
      connection.namespaceDefinition =
          oneOf("namespaceDefinition", namespaceDefinition, "source", "destination", "custom_format");
    }
    if (namespaceFormat != null) {
      connection.namespaceFormat = namespaceFormat;
    }
    if (nonBreaking != null) {
      connection.nonBreakingSchemaUpdatesBehavior =
          oneOf(
              "nonBreakingSchemaUpdatesBehavior",
              nonBreaking,
              "ignore",
              "disable_connection",
              "propagate_columns",
              "propagate_fully");
    }
  }

  private static String oneOf(String property, String value, String... allowed) {
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw HttpProblem.badRequest(
        property + " must be one of " + String.join(", ", allowed) + ", got: " + value);
  }

  private static io.github.airbytekit.client.publicapi.model.StreamConfigurations configurations(Connection connection) {
    // Deriving them re-reads the whole catalog; polls of an unchanged connection reuse the result.
    if (connection.configurationsOf != connection.syncCatalog || connection.configurations == null) {
      connection.configurations = CatalogOps.configurations(connection.syncCatalog);
      connection.configurationsOf = connection.syncCatalog;
    }
    return (io.github.airbytekit.client.publicapi.model.StreamConfigurations) connection.configurations;
  }

  ConnectionResponse connectionResponse(Connection connection) {
    ConnectionScheduleResponse schedule =
        new ConnectionScheduleResponse()
            .scheduleType(Json.open(connection.scheduleType, ScheduleTypeWithBasicEnum::of));
    if (connection.cronExpression != null) {
      schedule.cronExpression(connection.cronExpression);
    }
    if (connection.basicTiming != null) {
      schedule.basicTiming(connection.basicTiming);
    }
    ConnectionResponse response =
        new ConnectionResponse()
            .connectionId(UUID.fromString(connection.id))
            .name(connection.name)
            .sourceId(UUID.fromString(connection.sourceId))
            .destinationId(UUID.fromString(connection.destinationId))
            .workspaceId(UUID.fromString(connection.workspaceId))
            .status(Json.open(connection.status, ConnectionStatusEnum::of))
            .schedule(schedule)
            .nonBreakingSchemaUpdatesBehavior(
                Json.open(connection.nonBreakingSchemaUpdatesBehavior, NonBreakingSchemaUpdatesBehaviorEnum::of))
            .namespaceDefinition(Json.open(connection.namespaceDefinition, NamespaceDefinitionEnum::of))
            .configurations(configurations(connection))
            .createdAt(connection.createdAt.getEpochSecond())
            .tags(List.of());
    if (connection.namespaceFormat != null) {
      response.namespaceFormat(connection.namespaceFormat);
    }
    if (connection.prefix != null) {
      response.prefix(connection.prefix);
    }
    return response;
  }

  // ---- jobs ----

  private void createJob(Exchange exchange) {
    String json = Shapes.JOB_CREATE.filter(exchange.body, strict, 400);
    JobCreateRequest request = Json.read(json, JobCreateRequest.class, 400);
    if (request.getConnectionId() == null) {
      throw HttpProblem.badRequest("connectionId is required");
    }
    String jobType = OpenValue.wireValueOf(request.getJobType());
    if (jobType == null) {
      throw HttpProblem.badRequest("jobType is required");
    }
    oneOf("jobType", jobType, JOB_TYPES.toArray(new String[0]));
    Connection connection = store.connection(request.getConnectionId().toString());
    if (connection.deleted()) {
      throw HttpProblem.badRequest("Connection " + connection.id + " is deleted");
    }
    if ("locked".equals(connection.status)) {
      throw HttpProblem.conflict("Connection " + connection.id + " is locked");
    }
    Job job = store.createJob(connection, jobType);
    if (jobType.equals("sync")) {
      store.syncsTriggered.merge(connection.id, 1, Integer::sum);
    }
    exchange.ok(jobResponse(job));
  }

  private void listJobs(Exchange exchange) {
    Page page = Page.of(exchange);
    String connectionIdParameter = exchange.queryParameter("connectionId");
    String connectionId = connectionIdParameter == null ? null : Ids.canonical(connectionIdParameter);
    List<String> workspaceIds = canonical(exchange.queryList("workspaceIds"));
    String jobType = exchange.queryParameter("jobType");
    if (jobType != null) {
      oneOf("jobType", jobType, JOB_TYPES.toArray(new String[0]));
    }
    String status = exchange.queryParameter("status");
    if (status != null) {
      oneOf("status", status, "pending", "queued", "running", "incomplete", "failed", "succeeded", "cancelled");
    }
    Instant createdAtStart = instant(exchange, "createdAtStart");
    Instant createdAtEnd = instant(exchange, "createdAtEnd");
    Instant updatedAtStart = instant(exchange, "updatedAtStart");
    Instant updatedAtEnd = instant(exchange, "updatedAtEnd");
    String orderBy = exchange.queryParameter("orderBy");
    Comparator<Job> order = Comparator.comparing((Job j) -> j.createdAt).thenComparingLong(j -> j.id);
    boolean descending = true;
    if (orderBy != null) {
      Matcher matcher = ORDER_BY.matcher(orderBy);
      if (!matcher.matches()) {
        throw HttpProblem.badRequest("orderBy must look like createdAt|DESC, got: " + orderBy);
      }
      String field = matcher.group(1);
      if (field.equals("updatedAt")) {
        order = Comparator.comparing((Job j) -> j.updatedAt).thenComparingLong(j -> j.id);
      } else if (!field.equals("createdAt")) {
        throw HttpProblem.badRequest("orderBy field must be createdAt or updatedAt, got: " + field);
      }
      descending = matcher.group(2).equals("DESC");
    }
    List<Job> matching = new ArrayList<>();
    for (Job job : store.jobs.values()) {
      Connection connection = store.connections.get(job.connectionId);
      if (connectionId != null && !job.connectionId.equals(connectionId)) {
        continue;
      }
      if (!workspaceIds.isEmpty() && (connection == null || !workspaceIds.contains(connection.workspaceId))) {
        continue;
      }
      if (jobType == null ? !(job.jobType.equals("sync") || job.jobType.equals("reset")) : !job.jobType.equals(jobType)) {
        continue;
      }
      if (status != null && !job.status.wireValue().equals(status)) {
        continue;
      }
      if ((createdAtStart != null && job.createdAt.isBefore(createdAtStart))
          || (createdAtEnd != null && job.createdAt.isAfter(createdAtEnd))
          || (updatedAtStart != null && job.updatedAt.isBefore(updatedAtStart))
          || (updatedAtEnd != null && job.updatedAt.isAfter(updatedAtEnd))) {
        continue;
      }
      matching.add(job);
    }
    matching.sort(descending ? order.reversed() : order);
    List<JobResponse> data = new ArrayList<>();
    for (Job job : page.slice(matching)) {
      data.add(jobResponse(job));
    }
    JobsResponse response = new JobsResponse().data(data);
    response.next(page.next(exchange.url, matching.size())).previous(page.previous(exchange.url));
    exchange.ok(response);
  }

  static JobResponse jobResponse(Job job) {
    JobResponse response =
        new JobResponse()
            .jobId(job.id)
            .status(JobStatusEnum.of(job.status.wireValue()))
            .jobType(Json.open(job.jobType, JobTypeEnum::of))
            // Airbyte renders job times from epoch seconds, e.g. 2023-03-25T01:30:50Z.
            .startTime(job.createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
            .connectionId(UUID.fromString(job.connectionId))
            .lastUpdatedAt(job.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
            .duration(FakeStore.duration(job));
    if (job.bytesSynced != null) {
      response.bytesSynced(job.bytesSynced);
    }
    if (job.rowsSynced != null) {
      response.rowsSynced(job.rowsSynced);
    }
    return response;
  }

  private static long jobId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("jobId must be an integer, got: " + id);
    }
  }

  private static @Nullable Instant instant(Exchange exchange, String name) {
    String value = exchange.queryParameter(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " must be an ISO-8601 date-time, got: " + value);
    }
  }

  // ---- sources and destinations ----

  private static Actor actor(Map<String, Actor> actors, String id, String kind) {
    Actor actor = actors.get(Ids.canonical(id));
    if (actor == null || actor.deleted) {
      throw HttpProblem.notFound("Could not find " + kind + " with id: " + id);
    }
    return actor;
  }

  private <T> void listActors(
      Exchange exchange, Map<String, Actor> actors, Function<Actor, T> render, String kind) {
    Page page = Page.of(exchange);
    List<String> workspaceIds = canonical(exchange.queryList("workspaceIds"));
    boolean includeDeleted = bool(exchange, "includeDeleted");
    List<T> all = new ArrayList<>();
    for (Actor actor : actors.values()) {
      if ((workspaceIds.isEmpty() || workspaceIds.contains(actor.workspaceId)) && (includeDeleted || !actor.deleted)) {
        all.add(render.apply(actor));
      }
    }
    String next = page.next(exchange.url, all.size());
    String previous = page.previous(exchange.url);
    if (kind.equals("sources")) {
      @SuppressWarnings("unchecked")
      List<SourceResponse> data = (List<SourceResponse>) page.slice(all);
      exchange.ok(new SourcesResponse().data(data).next(next).previous(previous));
    } else {
      @SuppressWarnings("unchecked")
      List<DestinationResponse> data = (List<DestinationResponse>) page.slice(all);
      exchange.ok(new DestinationsResponse().data(data).next(next).previous(previous));
    }
  }

  SourceResponse sourceResponse(Actor source) {
    return new SourceResponse()
        .sourceId(UUID.fromString(source.id))
        .name(source.name)
        .sourceType(source.type)
        .definitionId(UUID.fromString(source.definitionId))
        .workspaceId(UUID.fromString(source.workspaceId))
        .configuration(source.configuration)
        .createdAt(source.createdAt.getEpochSecond());
  }

  DestinationResponse destinationResponse(Actor destination) {
    return new DestinationResponse()
        .destinationId(UUID.fromString(destination.id))
        .name(destination.name)
        .destinationType(destination.type)
        .definitionId(UUID.fromString(destination.definitionId))
        .workspaceId(UUID.fromString(destination.workspaceId))
        .configuration(destination.configuration)
        .createdAt(destination.createdAt.getEpochSecond());
  }

  private static List<String> canonical(List<String> ids) {
    List<String> result = new ArrayList<>();
    for (String id : ids) {
      result.add(Ids.canonical(id));
    }
    return result;
  }

  private static boolean bool(Exchange exchange, String name) {
    String value = exchange.queryParameter(name);
    if (value == null) {
      return false;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw HttpProblem.badRequest(name + " must be true or false, got: " + value);
  }

  /** Limit/offset paging with Airbyte's bounds and links. */
  static final class Page {
    final int limit;
    final int offset;

    private Page(int limit, int offset) {
      this.limit = limit;
      this.offset = offset;
    }

    static Page of(Exchange exchange) {
      int limit = integer(exchange, "limit", 20);
      int offset = integer(exchange, "offset", 0);
      if (limit < 1 || limit > 100) {
        throw HttpProblem.badRequest("limit must be between 1 and 100, got: " + limit);
      }
      if (offset < 0) {
        throw HttpProblem.badRequest("offset must not be negative, got: " + offset);
      }
      return new Page(limit, offset);
    }

    private static int integer(Exchange exchange, String name, int fallback) {
      String value = exchange.queryParameter(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw HttpProblem.badRequest(name + " must be an integer, got: " + value);
      }
    }

    <T> List<T> slice(List<T> all) {
      if (offset >= all.size()) {
        return List.of();
      }
      return new ArrayList<>(all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    @Nullable String next(HttpUrl url, int total) {
      if (offset + limit >= total) {
        return null;
      }
      return url.newBuilder()
          .setQueryParameter("limit", Integer.toString(limit))
          .setQueryParameter("offset", Integer.toString(offset + limit))
          .build()
          .toString();
    }

    @Nullable String previous(HttpUrl url) {
      if (offset == 0) {
        return null;
      }
      return url.newBuilder()
          .setQueryParameter("limit", Integer.toString(limit))
          .setQueryParameter("offset", Integer.toString(Math.max(0, offset - limit)))
          .build()
          .toString();
    }
  }
}
