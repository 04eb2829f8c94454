package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.DestinationResponse;
import io.github.airbytekit.client.publicapi.model.DestinationsResponse;
import io.github.airbytekit.client.publicapi.model.SourceResponse;
import io.github.airbytekit.client.publicapi.model.SourcesResponse;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.http.Paginator;
import java.util.UUID;

/**
 * Stored sources and destinations as the public API's bodies, the secrets of their configurations masked
 * ({@link SecretMask}).
 */
final class ActorResponses {
  private ActorResponses() {}

  static SourceResponse source(Actor source) {
    return new SourceResponse()
        .sourceId(UUID.fromString(source.id))
        .name(source.name)
        .sourceType(source.type)
        .definitionId(UUID.fromString(source.definitionId))
        .workspaceId(UUID.fromString(source.workspaceId))
        .configuration(SecretMask.mask(source.configuration))
        .createdAt(source.createdAt.getEpochSecond());
  }

  static DestinationResponse destination(Actor destination) {
    return new DestinationResponse()
        .destinationId(UUID.fromString(destination.id))
        .name(destination.name)
        .destinationType(destination.type)
        .definitionId(UUID.fromString(destination.definitionId))
        .workspaceId(UUID.fromString(destination.workspaceId))
        .configuration(SecretMask.mask(destination.configuration))
        .createdAt(destination.createdAt.getEpochSecond());
  }

  static SourcesResponse sources(Paginator.Page<SourceResponse> page) {
    return new SourcesResponse().data(page.data()).next(page.next()).previous(page.previous());
  }

  static DestinationsResponse destinations(Paginator.Page<DestinationResponse> page) {
    return new DestinationsResponse().data(page.data()).next(page.next()).previous(page.previous());
  }
}
