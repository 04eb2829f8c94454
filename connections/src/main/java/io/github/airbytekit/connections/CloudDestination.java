package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
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
public final class CloudDestination {
  private final CloudWorkspace workspace;
  private final String destinationId;
  private final Object lock = new Object();
  private Dto.@Nullable Connector info;

  CloudDestination(CloudWorkspace workspace, String destinationId) {
    this.workspace = workspace;
    this.destinationId = destinationId;
  }

  /**
   * The destination id.
   *
   * @return the destination id
   */
  public String destinationId() {
    return destinationId;
  }

  /**
   * The workspace.
   *
   * @return the workspace
   */
  public CloudWorkspace workspace() {
    return workspace;
  }

  /**
   * The display name (cached).
   *
   * @return the display name (cached)
   */
  public String name() {
    String name = details().name;
    return name == null ? "" : name;
  }

  /**
   * The connector definition id (cached).
   *
   * @return the connector definition id (cached)
   */
  public @Nullable String definitionId() {
    return details().definitionId;
  }

  /**
   * The connector type, e.g. {@code bigquery} (cached).
   *
   * @return the connector type, or null if Airbyte did not say
   */
  public @Nullable String destinationType() {
    return details().destinationType;
  }

  /**
   * The destination in the web UI. No I/O.
   *
   * @return the destination in the web UI
   */
  public String connectorUrl() {
    return workspace.workspaceUrl() + "/destination/" + destinationId;
  }

  /** Deletes the destination in safe mode: its name must contain the word {@code delete-me} or {@code deleteme}. */
  public void permanentlyDelete() {
    permanentlyDelete(true);
  }

  /**
   * Deletes the destination; with {@code safeMode} (GET, check, DELETE), without it (DELETE only).
   *
   * @param safeMode require the delete-me word in each name
   */
  public void permanentlyDelete(boolean safeMode) {
    if (safeMode) {
      CloudWorkspace.requireSafeName("destination", destinationId, name());
    }
    workspace.publicApi().deleteDestination(destinationId);
  }

  private Dto.Connector details() {
    synchronized (lock) {
      if (info != null) {
        return info;
      }
    }
    Dto.Connector fetched = workspace.publicApi().getDestination(destinationId);
    if (fetched.workspaceId != null && !fetched.workspaceId.equalsIgnoreCase(workspace.workspaceId())) {
      throw new WorkspaceMismatchException("destination", destinationId, workspace.workspaceId(), fetched.workspaceId);
    }
    synchronized (lock) {
      info = fetched;
    }
    return fetched;
  }

  /** No I/O. */
  @Override
  public String toString() {
    return "CloudDestination{destinationId=" + destinationId + ", workspaceId=" + workspace.workspaceId() + ", connectorUrl="
        + connectorUrl() + "}";
  }
}
