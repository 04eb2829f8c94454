package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.api.DestinationsApi;
import io.github.airbytekit.client.publicapi.api.SourcesApi;

/** The public API's source and destination operations (configurations are not kept). */
public final class ConnectorCalls {
  private final Gateway gateway;
  private final SourcesApi sources;
  private final DestinationsApi destinations;

  /** Calls {@code sources} and {@code destinations} through {@code gateway}. */
  public ConnectorCalls(Gateway gateway, SourcesApi sources, DestinationsApi destinations) {
    this.gateway = gateway;
    this.sources = sources;
    this.destinations = destinations;
  }

  /** {@code GET /sources/{id}}. */
  public ConnectorView source(String sourceId) {
    return gateway.call(sources.getSource(Ids.uuid("sourceId", sourceId), null), null,
        (body, answer) -> new ConnectorView(answer.optional(body::getName), answer.optional(body::getSourceType),
            Ids.text(answer.optional(body::getDefinitionId)), Ids.text(answer.optional(body::getWorkspaceId))));
  }

  /** {@code GET /destinations/{id}}. */
  public ConnectorView destination(String destinationId) {
    return gateway.call(destinations.getDestination(Ids.uuid("destinationId", destinationId), null), null,
        (body, answer) -> new ConnectorView(answer.optional(body::getName),
            answer.optional(body::getDestinationType), Ids.text(answer.optional(body::getDefinitionId)),
            Ids.text(answer.optional(body::getWorkspaceId))));
  }

  /** {@code DELETE /sources/{id}}. */
  public void deleteSource(String sourceId) {
    gateway.send(sources.deleteSource(Ids.uuid("sourceId", sourceId)), null);
  }

  /** {@code DELETE /destinations/{id}}. */
  public void deleteDestination(String destinationId) {
    gateway.send(destinations.deleteDestination(Ids.uuid("destinationId", destinationId)), null);
  }
}
