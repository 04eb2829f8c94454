package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.configapi.model.ConnectionStream;
import io.github.airbytekit.client.configapi.model.JobRead;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.JobStatus;
import io.github.airbytekit.connections.JobType;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Converts between the Config API's stream-job bodies and the library's views. */
final class StreamJobs {
  /** Config API {@code configType}s whose public API job type has another name. */
  private static final Map<String, String> PUBLIC_TYPES = Map.of("reset_connection", "reset");

  private StreamJobs() {}

  /** The streams as the Config API's {@code ConnectionStream}s. */
  static List<ConnectionStream> streams(List<StreamId> streams) {
    List<ConnectionStream> body = new ArrayList<>(streams.size());
    for (StreamId stream : streams) {
      body.add(new ConnectionStream().streamName(stream.getName()).streamNamespace(stream.getNamespace()));
    }
    return body;
  }

  /**
   * The started job as the public API would show it: {@code createdAt} (epoch seconds) as the start time, the
   * {@code configId} as the connection, no counters yet.
   */
  static JobView view(@Nullable JobRead job, Answer answer) {
    if (job == null) {
      throw new AirbyteInputException("The " + answer.call().describe() + " answer has no job.");
    }
    String configType = OpenValue.wireValueOf(answer.optional(job::getConfigType));
    Long createdAt = answer.optional(job::getCreatedAt);
    return new JobView(
        answer.field(job::getId).get(),
        answer.field(() -> JobStatus.of(job.getStatus().wireValue())),
        configType == null ? null : JobType.of(PUBLIC_TYPES.getOrDefault(configType, configType)),
        createdAt == null ? null : Long.toString(createdAt),
        answer.optional(job::getConfigId),
        null,
        null,
        null);
  }
}
