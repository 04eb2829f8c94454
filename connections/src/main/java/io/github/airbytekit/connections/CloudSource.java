package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
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
public final class CloudSource {
  private final CloudWorkspace workspace;
  private final String sourceId;
  private final Object lock = new Object();
  private Dto.@Nullable Connector info;

  CloudSource(CloudWorkspace workspace, String sourceId) {
    this.workspace = workspace;
    this.sourceId = sourceId;
  }

  /**
   * The source id.
   *
   * @return the source id
   */
  public String sourceId() {
    return sourceId;
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
   * The connector type, e.g. {@code postgres} (cached).
   *
   * @return the connector type, or null if Airbyte did not say
   */
  public @Nullable String sourceType() {
    return details().sourceType;
  }

  /**
   * The source in the web UI. No I/O.
   *
   * @return the source in the web UI
   */
  public String connectorUrl() {
    return workspace.workspaceUrl() + "/source/" + sourceId;
  }

  /** Deletes the source in safe mode: its name must contain the word {@code delete-me} or {@code deleteme}. */
  public void permanentlyDelete() {
    permanentlyDelete(true);
  }

  /**
   * Deletes the source; with {@code safeMode} (GET, check, DELETE), without it (DELETE only).
   *
   * @param safeMode require the delete-me word in each name
   */
  public void permanentlyDelete(boolean safeMode) {
    if (safeMode) {
      CloudWorkspace.requireSafeName("source", sourceId, name());
    }
    workspace.publicApi().deleteSource(sourceId);
  }

  private Dto.Connector details() {
    synchronized (lock) {
      if (info != null) {
        return info;
      }
    }
    Dto.Connector fetched = workspace.publicApi().getSource(sourceId);
    if (fetched.workspaceId != null && !fetched.workspaceId.equalsIgnoreCase(workspace.workspaceId())) {
      throw new WorkspaceMismatchException("source", sourceId, workspace.workspaceId(), fetched.workspaceId);
    }
    synchronized (lock) {
      info = fetched;
    }
    return fetched;
  }

  /** No I/O. */
  @Override
  public String toString() {
    return "CloudSource{sourceId=" + sourceId + ", workspaceId=" + workspace.workspaceId() + ", connectorUrl="
        + connectorUrl() + "}";
  }
}
