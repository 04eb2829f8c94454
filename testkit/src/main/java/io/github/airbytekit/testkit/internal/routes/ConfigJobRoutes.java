package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.ConnectionStream;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRefreshRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStreamRequestBody;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobReadResponse;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Config API's job routes: {@code jobs/get} (a job with its attempts and their logs) and the stream jobs
 * {@code connections/reset/stream}, {@code connections/clear/stream} and {@code connections/refresh}.
 */
final class ConfigJobRoutes {
  private static final List<String> REFRESH_MODES = List.of("Truncate", "Merge");

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
    exchange.ok(info(store.job(request.getId())));
  }

  /**
   * {@code connections/reset/stream}: a reset job of the named streams (every stream when none are named), an open
   * job cancelled first ({@code SchedulerHandler.resetConnectionStream}).
   */
  void resetStreams(Exchange exchange) {
    exchange.ok(info(startReset(exchange)));
  }

  /** {@code connections/clear/stream}: on Airbyte the same handler as {@code connections/reset/stream}. */
  void clearStreams(Exchange exchange) {
    exchange.ok(info(startReset(exchange)));
  }

  /**
   * {@code connections/refresh}: a refresh job of the named streams, or of every stream when none are named; with
   * a job open, no job ({@code {}}) and the refresh saved for the connection's next job.
   */
  void refresh(Exchange exchange) {
    ConnectionStreamRefreshRequestBody request =
        bodies.read(exchange, Shapes.CONNECTION_STREAM_REFRESH_REQUEST, ConnectionStreamRefreshRequestBody.class);
    String mode = request.getRefreshMode().wireValue();
    if (!REFRESH_MODES.contains(mode)) {
      throw HttpProblem.unprocessable("refreshMode must be one of " + String.join(", ", REFRESH_MODES) + ", got: " + mode);
    }
    Connection connection = JobRoutes.startable(store, ConfigBodies.required(request.getConnectionId(), "connectionId"));
    Job job = store.startRefresh(connection, streams(request.getStreams()));
    exchange.ok(job == null ? new JobReadResponse() : new JobReadResponse().job(info(job).getJob()));
  }

  private Job startReset(Exchange exchange) {
    ConnectionStreamRequestBody request =
        bodies.read(exchange, Shapes.CONNECTION_STREAM_REQUEST, ConnectionStreamRequestBody.class);
    Connection connection = JobRoutes.startable(store, ConfigBodies.required(request.getConnectionId(), "connectionId"));
    return store.startReset(connection, streams(request.getStreams()));
  }

  private static List<StreamId> streams(@Nullable List<ConnectionStream> named) {
    List<StreamId> streams = new ArrayList<>();
    for (ConnectionStream stream : named == null ? List.<ConnectionStream>of() : named) {
      StreamId id = StreamId.of(stream.getStreamName(), stream.getStreamNamespace());
      if (!streams.contains(id)) {
        streams.add(id);
      }
    }
    return streams;
  }

  private JobInfoRead info(Job job) {
    Connection owner = store.connections.get(job.connectionId);
    Boolean chosen = owner == null ? null : owner.structuredLogs;
    return JobInfoResponses.render(job, chosen != null ? chosen : structuredLogs);
  }
}
