package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConnectorCalls;
import io.github.airbytekit.connections.internal.ConnectorView;
import io.github.airbytekit.connections.internal.SafeMode;

/**
 * Reads and deletes the sources and destinations of one workspace; a connector of another workspace (or one
 * whose answer names no workspace) is refused before anything is cached or deleted.
 */
final class ConnectorOps {
  /** Which kind of connector: the web UI path segment and the noun in messages. */
  enum Kind {
    SOURCE("source"),
    DESTINATION("destination");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }
  }

  private final ConnectorCalls calls;
  private final String workspaceId;

  ConnectorOps(ConnectorCalls calls, String workspaceId) {
    this.calls = calls;
    this.workspaceId = workspaceId;
  }

  /** One GET, checked to belong to the workspace. */
  ConnectorView fetch(Kind kind, String id) {
    ConnectorView fetched = kind == Kind.SOURCE ? calls.source(id) : calls.destination(id);
    String actual = fetched.workspaceId();
    // A missing workspaceId cannot be checked, so it counts as a mismatch rather than as verified.
    if (actual == null || !actual.equalsIgnoreCase(workspaceId)) {
      throw new WorkspaceMismatchException(kind.noun, id, workspaceId, String.valueOf(actual));
    }
    return fetched;
  }

  /** DELETE, without any check: callers check the workspace (and the name in safe mode) first. */
  void delete(Kind kind, String id) {
    if (kind == Kind.SOURCE) {
      calls.deleteSource(id);
    } else {
      calls.deleteDestination(id);
    }
  }

  /** Refuses a safe-mode delete of a resource whose name lacks the word {@code delete-me}. */
  static void requireSafeName(String resourceType, String id, String name) {
    if (!SafeMode.allowsDeletion(name)) {
      throw new AirbyteInputException(SafeMode.refusal(resourceType, id, name));
    }
  }
}
