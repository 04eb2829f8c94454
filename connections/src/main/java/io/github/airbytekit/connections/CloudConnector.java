package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConnectorView;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CloudSource} and {@link CloudDestination} share: the lazily fetched, workspace-checked details, the
 * web URL and the (safe-mode) delete.
 *
 * <p>Package-private, so no part of the API: its public methods are documented on each subclass. They are
 * deliberately not {@code final}, so that javac gives each public subclass its own public copies and callers in
 * other packages (reflection, Kotlin) never need access to this class.
 */
abstract class CloudConnector {
  private final CloudWorkspace workspace;
  private final ConnectorOps ops;
  private final ConnectorOps.Kind kind;
  private final String id;
  private final String url;
  private final Object lock = new Object();
  private @Nullable ConnectorView cached;

  CloudConnector(CloudWorkspace workspace, ConnectorOps ops, ConnectorOps.Kind kind, String id, String url) {
    this.workspace = workspace;
    this.ops = ops;
    this.kind = kind;
    this.id = id;
    this.url = url;
  }

  final String id() {
    return id;
  }

  /** {@return the workspace this handle was made by} */
  public CloudWorkspace workspace() {
    return workspace;
  }

  /** {@return the display name (cached after one GET), or {@code ""} when Airbyte sent none} */
  public String name() {
    String name = details().name();
    return name == null ? "" : name;
  }

  /** {@return the connector definition id (cached after one GET), or null when Airbyte sent none} */
  public @Nullable String definitionId() {
    return details().definitionId();
  }

  /** {@return the connector in the web UI (no I/O)} */
  public String connectorUrl() {
    return url;
  }

  /** Deletes the connector in safe mode: its name must contain the word {@code delete-me} or {@code deleteme}. */
  public void permanentlyDelete() {
    permanentlyDelete(true);
  }

  /**
   * Deletes the connector: GET (workspace check, cached), then DELETE. Even without {@code safeMode} the workspace
   * is checked first, so a delete never reaches another workspace's connector.
   *
   * @param safeMode require the delete-me word in the name
   */
  public void permanentlyDelete(boolean safeMode) {
    String name = name();
    if (safeMode) {
      ConnectorOps.requireSafeName(kind.noun, id, name);
    }
    ops.delete(kind, id);
  }

  /** One GET, checked to belong to the workspace, then cached. */
  final ConnectorView details() {
    synchronized (lock) {
      if (cached != null) {
        return cached;
      }
    }
    ConnectorView fetched = ops.fetch(kind, id);
    synchronized (lock) {
      cached = fetched;
    }
    return fetched;
  }

  /** {@code {type}{{idName}=…, workspaceId=…, connectorUrl=…}}; no I/O. */
  final String describe(String type, String idName) {
    return type + "{" + idName + "=" + id + ", workspaceId=" + workspace.workspaceId() + ", connectorUrl=" + url
        + "}";
  }
}
