package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.QueryParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The filters and order of {@code GET /jobs}: connection, workspaces, job type (the version's default types when
 * absent), status, creation and update windows, {@code orderBy=createdAt|DESC} by default.
 */
final class JobFilter {
  private static final Pattern ORDER_BY = Pattern.compile("(\\w+)\\|(ASC|DESC)");
  private static final List<String> STATUSES =
      List.of("pending", "queued", "running", "incomplete", "failed", "succeeded", "cancelled");

  private final @Nullable String connectionId;
  private final List<String> workspaceIds;
  private final List<String> jobTypes;
  private final @Nullable String status;
  private final @Nullable Instant createdAtStart;
  private final @Nullable Instant createdAtEnd;
  private final @Nullable Instant updatedAtStart;
  private final @Nullable Instant updatedAtEnd;
  private final Comparator<Job> order;

  /**
   * Reads the filters of a request.
   *
   * @param defaultJobTypes the job types listed when the request names none
   * @throws HttpProblem 400 naming a malformed parameter
   */
  JobFilter(Exchange exchange, List<String> defaultJobTypes) {
    connectionId = QueryParams.id(exchange, "connectionId");
    workspaceIds = QueryParams.ids(exchange, "workspaceIds");
    String jobType = exchange.queryParameter("jobType");
    jobTypes = jobType == null ? defaultJobTypes : List.of(Checks.oneOf("jobType", jobType, Checks.JOB_TYPES));
    String statusParameter = exchange.queryParameter("status");
    status = statusParameter == null ? null : Checks.oneOf("status", statusParameter, STATUSES);
    createdAtStart = QueryParams.instant(exchange, "createdAtStart");
    createdAtEnd = QueryParams.instant(exchange, "createdAtEnd");
    updatedAtStart = QueryParams.instant(exchange, "updatedAtStart");
    updatedAtEnd = QueryParams.instant(exchange, "updatedAtEnd");
    order = order(exchange.queryParameter("orderBy"));
  }

  private static Comparator<Job> order(@Nullable String orderBy) {
    Comparator<Job> byCreation = Comparator.comparing((Job j) -> j.createdAt).thenComparingLong(j -> j.id);
    if (orderBy == null) {
      return byCreation.reversed();
    }
    Matcher matcher = ORDER_BY.matcher(orderBy);
    if (!matcher.matches()) {
      throw HttpProblem.badRequest("orderBy must look like createdAt|DESC, got: " + orderBy);
    }
    String field = matcher.group(1);
    Comparator<Job> order;
    if (field.equals("updatedAt")) {
      order = Comparator.comparing((Job j) -> j.updatedAt).thenComparingLong(j -> j.id);
    } else if (field.equals("createdAt")) {
      order = byCreation;
    } else {
      throw HttpProblem.badRequest("orderBy field must be createdAt or updatedAt, got: " + field);
    }
    return matcher.group(2).equals("DESC") ? order.reversed() : order;
  }

  /** The store's jobs that pass the filters, in the requested order. */
  List<Job> apply(FakeStore store) {
    List<Job> matching = new ArrayList<>();
    for (Job job : store.jobs.values()) {
      if (matches(job, store.connections.get(job.connectionId))) {
        matching.add(job);
      }
    }
    matching.sort(order);
    return matching;
  }

  private boolean matches(Job job, @Nullable Connection connection) {
    return (connectionId == null || job.connectionId.equals(connectionId))
        && (workspaceIds.isEmpty() || (connection != null && workspaceIds.contains(connection.workspaceId)))
        && jobTypes.contains(job.jobType)
        && (status == null || job.status.wireValue().equals(status))
        && (createdAtStart == null || !job.createdAt.isBefore(createdAtStart))
        && (createdAtEnd == null || !job.createdAt.isAfter(createdAtEnd))
        && (updatedAtStart == null || !job.updatedAt.isBefore(updatedAtStart))
        && (updatedAtEnd == null || !job.updatedAt.isAfter(updatedAtEnd));
  }
}
