package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.PublicApi;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CloudSource} and {@link CloudDestination} share: the lazily fetched, workspace-checked details,
 * the web URL and the (safe-mode) delete.
 *
 * <p>Package-private, so no part of the API: its public methods are documented on each subclass. They are
 * deliberately not {@code final}, so that javac gives each public subclass its own public copies and callers in
 * other packages (reflection, Kotlin) never need access to this class.
 */
abstract class CloudConnector {
  private final CloudWorkspace workspace;
  private final String kind;
  private final String id;
  private final BiFunction<PublicApi, String, Dto.Connector> fetch;
  private final BiConsumer<PublicApi, String> delete;
  private final Object lock = new Object();
  private Dto.@Nullable Connector info;

  /**
   * A handle; no I/O.
   *
   * @param kind {@code source} or {@code destination}: the web UI path segment and the noun in messages
   */
  CloudConnector(CloudWorkspace workspace, String kind, String id,
      BiFunction<PublicApi, String, Dto.Connector> fetch, BiConsumer<PublicApi, String> delete) {
    this.workspace = workspace;
    this.kind = kind;
    this.id = id;
    this.fetch = fetch;
    this.delete = delete;
  }

  final String id() {
    return id;
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
   * The connector in the web UI. No I/O.
   *
   * @return the connector in the web UI
   */
  public String connectorUrl() {
    return workspace.workspaceUrl() + "/" + kind + "/" + id;
  }

  /** Deletes the connector in safe mode: its name must contain the word {@code delete-me} or {@code deleteme}. */
  public void permanentlyDelete() {
    permanentlyDelete(true);
  }

  /**
   * Deletes the connector: GET (workspace check, cached), then DELETE. Even without {@code safeMode} the
   * workspace is checked first, so a delete never reaches another workspace's connector.
   *
   * @param safeMode require the delete-me word in each name
   */
  public void permanentlyDelete(boolean safeMode) {
    String name = name();
    if (safeMode) {
      CloudWorkspace.requireSafeName(kind, id, name);
    }
    delete.accept(workspace.publicApi(), id);
  }

  /** One GET, checked to belong to the workspace, then cached. */
  final Dto.Connector details() {
    synchronized (lock) {
      if (info != null) {
        return info;
      }
    }
    Dto.Connector fetched = fetch.apply(workspace.publicApi(), id);
    // A missing workspaceId cannot be checked, so it counts as a mismatch rather than as verified.
    if (fetched.workspaceId == null || !fetched.workspaceId.equalsIgnoreCase(workspace.workspaceId())) {
      throw new WorkspaceMismatchException(kind, id, workspace.workspaceId(), fetched.workspaceId);
    }
    synchronized (lock) {
      info = fetched;
    }
    return fetched;
  }

  /** {@code {type}{{idName}=…, workspaceId=…, connectorUrl=…}}; no I/O. */
  final String describe(String type, String idName) {
    return type + "{" + idName + "=" + id + ", workspaceId=" + workspace.workspaceId() + ", connectorUrl="
        + connectorUrl() + "}";
  }
}
