package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.JobCreateRequest;
import io.github.airbytekit.client.publicapi.model.JobResponse;
import io.github.airbytekit.client.publicapi.model.JobsResponse;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Paginator;
import java.util.List;

/** The public API's {@code /jobs} routes: start, poll (one script step per poll), cancel, list. */
final class JobRoutes {
  private final FakeStore store;
  private final boolean strict;
  private final List<String> defaultJobTypes;

  /** @param defaultJobTypes the job types a list without {@code jobType} returns (they differ by version) */
  JobRoutes(FakeStore store, boolean strict, List<String> defaultJobTypes) {
    this.store = store;
    this.strict = strict;
    this.defaultJobTypes = List.copyOf(defaultJobTypes);
  }

  void create(Exchange exchange) {
    JobCreateRequest request =
        Json.read(Shapes.JOB_CREATE.filter(exchange.body(), strict, 400), JobCreateRequest.class, 400);
    if (request.getConnectionId() == null) {
      throw HttpProblem.badRequest("connectionId is required");
    }
    String jobType = OpenValue.wireValueOf(request.getJobType());
    if (jobType == null) {
      throw HttpProblem.badRequest("jobType is required");
    }
    Checks.oneOf("jobType", jobType, Checks.JOB_TYPES);
    Connection connection = startable(store, request.getConnectionId().toString());
    Job job;
    if (jobType.equals("sync")) {
      job = store.startSync(connection);
      if (job.jobType.equals("sync")) {
        store.syncsTriggered.merge(connection.id, 1, Integer::sum);
      }
    } else if (jobType.equals("refresh")) { // JobsController.publicCreateJob
      throw HttpProblem.unprocessable("Refreshes are not supported in the public API");
    } else { // reset and clear alike: JobService.reset
      job = store.startReset(connection, List.of());
    }
    exchange.ok(JobResponses.render(job));
  }

  /** The connection a job is to start on: 404 when unknown, 400 when deleted, 409 when locked. */
  static Connection startable(FakeStore store, String connectionId) {
    Connection connection = store.connection(connectionId);
    if (connection.deleted()) {
      throw HttpProblem.badRequest("Connection " + connection.id + " is deleted");
    }
    if ("locked".equals(connection.status)) {
      throw HttpProblem.conflict("Connection " + connection.id + " is locked");
    }
    return connection;
  }

  void get(Exchange exchange) {
    Job job = store.job(jobId(exchange));
    store.advance(job);
    exchange.ok(JobResponses.render(job));
  }

  void cancel(Exchange exchange) {
    Job job = store.job(jobId(exchange));
    if (job.status.isFinal()) {
      throw HttpProblem.conflict(
          "Job " + job.id + " is already " + job.status.wireValue() + " and cannot be cancelled");
    }
    store.transition(job, FakeJobStatus.CANCELLED, null, null, null);
    exchange.ok(JobResponses.render(job));
  }

  void list(Exchange exchange) {
    Paginator paginator = Paginator.of(exchange);
    List<Job> matching = new JobFilter(exchange, defaultJobTypes).apply(store);
    Paginator.Page<JobResponse> page = paginator.page(matching, JobResponses::render);
    exchange.ok(new JobsResponse().data(page.data()).next(page.next()).previous(page.previous()));
  }

  private static long jobId(Exchange exchange) {
    String id = exchange.pathParameter("jobId");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("jobId must be an integer, got: " + id);
    }
  }
}
