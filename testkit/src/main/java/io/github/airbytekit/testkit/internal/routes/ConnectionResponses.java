package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionScheduleResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionStatusEnum;
import io.github.airbytekit.client.publicapi.model.NamespaceDefinitionEnum;
import io.github.airbytekit.client.publicapi.model.NonBreakingSchemaUpdatesBehaviorEnum;
import io.github.airbytekit.client.publicapi.model.ScheduleTypeWithBasicEnum;
import io.github.airbytekit.testkit.internal.Records.Connection;
import java.util.List;
import java.util.UUID;

/** A stored connection as the public API's {@code ConnectionResponse}. */
final class ConnectionResponses {
  private ConnectionResponses() {}

  static ConnectionResponse render(Connection connection) {
    ConnectionScheduleResponse schedule =
        new ConnectionScheduleResponse().scheduleType(ScheduleTypeWithBasicEnum.of(connection.scheduleType));
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
            .status(ConnectionStatusEnum.of(connection.status))
            .schedule(schedule)
            .nonBreakingSchemaUpdatesBehavior(
                NonBreakingSchemaUpdatesBehaviorEnum.of(connection.nonBreakingSchemaUpdatesBehavior))
            .namespaceDefinition(NamespaceDefinitionEnum.of(connection.namespaceDefinition))
            .configurations(PublicConfigurations.of(connection))
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
}
