package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;

/** The Config API's {@code jobs/get}: a job with its attempts and their logs. */
final class ConfigJobRoutes {
  private final FakeStore store;
  private final ConfigBodies bodies;
  private final boolean structuredLogs;

  /** @param structuredLogs whether attempt logs are events for connections that did not choose */
  ConfigJobRoutes(FakeStore store, ConfigBodies bodies, boolean structuredLogs) {
    this.store = store;
    this.bodies = bodies;
    this.structuredLogs = structuredLogs;
  }

  void get(Exchange exchange) {
    JobIdRequestBody request = bodies.read(exchange, Shapes.JOB_ID_REQUEST, JobIdRequestBody.class);
    if (request.getId() == null) {
      throw HttpProblem.unprocessable("id is required");
    }
    Job job = store.job(request.getId());
    Connection owner = store.connections.get(job.connectionId);
    Boolean chosen = owner == null ? null : owner.structuredLogs;
    exchange.ok(JobInfoResponses.render(job, chosen != null ? chosen : structuredLogs));
  }
}
