package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.PublicApi;
import org.jspecify.annotations.Nullable;

/**
 * A destination of a workspace, as a handle: details load lazily with one {@code GET /destinations/{id}} (checked to
 * belong to the workspace, then cached).
 *
 * <pre>{@code
 * CloudDestination destination = connection.destination();
 * System.out.println(destination.name() + " (" + destination.destinationType() + ") " + destination.connectorUrl());
 * }</pre>
 */
public final class CloudDestination extends CloudConnector {
  CloudDestination(CloudWorkspace workspace, String destinationId) {
    super(workspace, "destination", destinationId, PublicApi::getDestination, PublicApi::deleteDestination);
  }

  /**
   * The destination id.
   *
   * @return the destination id
   */
  public String destinationId() {
    return id();
  }

  /**
   * The connector type, e.g. {@code bigquery} (cached).
   *
   * @return the connector type, or null if Airbyte did not say
   */
  public @Nullable String destinationType() {
    return details().destinationType;
  }

  /** No I/O. */
  @Override
  public String toString() {
    return describe("CloudDestination", "destinationId");
  }
}
