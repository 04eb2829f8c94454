package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.api.ConnectionsApi;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionScheduleResponse;
import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.connections.ConnectionSchedule;
import io.github.airbytekit.connections.ConnectionStatus;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The public API's connection operations. */
public final class ConnectionCalls {
  private final Gateway gateway;
  private final ConnectionsApi api;

  /** Calls {@code api} through {@code gateway}. */
  public ConnectionCalls(Gateway gateway, ConnectionsApi api) {
    this.gateway = gateway;
    this.api = api;
  }

  /** {@code GET /connections/{id}}. */
  public ConnectionView get(String connectionId) {
    return gateway.call(api.getConnection(Ids.uuid("connectionId", connectionId)), connectionId,
        (body, answer) -> view(body, answer, connectionId));
  }

  /** {@code PATCH /connections/{id}} with only what {@code patch} sets. */
  public ConnectionView patch(String connectionId, ConnectionPatch patch) {
    return gateway.call(api.patchConnection(Ids.uuid("connectionId", connectionId), patch.request), connectionId,
        (body, answer) -> view(body, answer, connectionId));
  }

  /** {@code GET /connections} of one workspace, deleted ones excluded, one page by offset. */
  public Page<ConnectionView> list(String workspaceId, int limit, int offset) {
    return gateway.call(api.listConnections(List.of(Ids.uuid("workspaceId", workspaceId)), null, false, limit,
        offset), null, (body, answer) -> {
          List<ConnectionView> connections = new ArrayList<>();
          for (ConnectionResponse connection : body.getData()) {
            connections.add(view(connection, answer, connection.getConnectionId().toString()));
          }
          return new Page<>(body.getNext(), connections);
        });
  }

  /** {@code DELETE /connections/{id}}. */
  public void delete(String connectionId) {
    gateway.send(api.deleteConnection(Ids.uuid("connectionId", connectionId)), connectionId);
  }

  private static ConnectionView view(ConnectionResponse body, Answer answer, String connectionId) {
    return new ConnectionView(
        connectionId,
        answer.field(body::getName),
        answer.field(() -> body.getSourceId().toString()),
        answer.field(() -> body.getDestinationId().toString()),
        answer.optional(() -> body.getWorkspaceId().toString()),
        answer.field(() -> ConnectionStatus.of(body.getStatus().wireValue())),
        body.getPrefix(),
        answer.field(() -> streams(body.getConfigurations())),
        answer.field(() -> schedule(body.getSchedule())));
  }

  private static List<StreamConfiguration> streams(StreamConfigurations configurations) {
    List<StreamConfiguration> streams = configurations.getStreams();
    return streams == null ? List.of() : List.copyOf(streams);
  }

  private static ConnectionSchedule schedule(ConnectionScheduleResponse schedule) {
    return ConnectionSchedule.builder()
        .type(Objects.requireNonNull(OpenValue.wireValueOf(schedule.getScheduleType())))
        .cronExpression(schedule.getCronExpression())
        .basicTiming(schedule.getBasicTiming())
        .build();
  }
}
