package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * A destination of a workspace, as a handle: details load lazily with one {@code GET /destinations/{id}} (checked
 * to belong to the workspace, then cached).
 *
 * <pre>{@code
 * CloudDestination destination = connection.destination();
 * System.out.println(destination.name() + " (" + destination.destinationType() + ") " + destination.connectorUrl());
 * }</pre>
 */
public final class CloudDestination extends CloudConnector {
  CloudDestination(CloudWorkspace workspace, ConnectorOps ops, String destinationId, String url) {
    super(workspace, ops, ConnectorOps.Kind.DESTINATION, destinationId, url);
  }

  /** {@return the destination id} */
  public String destinationId() {
    return id();
  }

  /** {@return the connector type such as {@code bigquery} (cached), or null if Airbyte did not say} */
  public @Nullable String destinationType() {
    return details().type();
  }

  /** No I/O. */
  @Override
  public String toString() {
    return describe("CloudDestination", "destinationId");
  }
}
