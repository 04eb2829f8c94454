package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * A source of a workspace, as a handle: details load lazily with one {@code GET /sources/{id}} (checked to belong
 * to the workspace, then cached).
 *
 * <pre>{@code
 * CloudSource source = connection.source();
 * System.out.println(source.name() + " (" + source.sourceType() + ") " + source.connectorUrl());
 * }</pre>
 */
public final class CloudSource extends CloudConnector {
  CloudSource(CloudWorkspace workspace, ConnectorOps ops, String sourceId, String url) {
    super(workspace, ops, ConnectorOps.Kind.SOURCE, sourceId, url);
  }

  /** {@return the source id} */
  public String sourceId() {
    return id();
  }

  /** {@return the connector type such as {@code postgres} (cached), or null if Airbyte did not say} */
  public @Nullable String sourceType() {
    return details().type();
  }

  /** No I/O. */
  @Override
  public String toString() {
    return describe("CloudSource", "sourceId");
  }
}
