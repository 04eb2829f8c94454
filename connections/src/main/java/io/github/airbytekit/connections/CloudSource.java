package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.PublicApi;
import org.jspecify.annotations.Nullable;

/**
 * A source of a workspace, as a handle: details load lazily with one {@code GET /sources/{id}} (checked to
 * belong to the workspace, then cached).
 *
 * <pre>{@code
 * CloudSource source = connection.source();
 * System.out.println(source.name() + " (" + source.sourceType() + ") " + source.connectorUrl());
 * }</pre>
 */
public final class CloudSource extends CloudConnector {
  CloudSource(CloudWorkspace workspace, String sourceId) {
    super(workspace, "source", sourceId, PublicApi::getSource, PublicApi::deleteSource);
  }

  /**
   * The source id.
   *
   * @return the source id
   */
  public String sourceId() {
    return id();
  }

  /**
   * The connector type, e.g. {@code postgres} (cached).
   *
   * @return the connector type, or null if Airbyte did not say
   */
  public @Nullable String sourceType() {
    return details().sourceType;
  }

  /** No I/O. */
  @Override
  public String toString() {
    return describe("CloudSource", "sourceId");
  }
}
