package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConnectionCalls;
import io.github.airbytekit.connections.internal.ConnectionPatch;
import io.github.airbytekit.connections.internal.ConnectionView;
import io.github.airbytekit.domain.AirbyteException;
import org.jspecify.annotations.Nullable;

/**
 * The details of one connection, fetched once with {@code GET /connections/{id}}, checked to belong to the
 * workspace and then cached; every write checks the workspace through them (one GET per handle at most).
 * Updates cache Airbyte's answer. Thread-safe.
 */
final class ConnectionDetails {
  private final ConnectionCalls calls;
  private final String workspaceId;
  private final String connectionId;
  private final Object lock = new Object();
  private @Nullable ConnectionView cached;

  /** Details of {@code connectionId}; {@code verified} (already checked to be of the workspace) or null. */
  ConnectionDetails(ConnectionCalls calls, String workspaceId, String connectionId, @Nullable ConnectionView verified) {
    this.calls = calls;
    this.workspaceId = workspaceId;
    this.connectionId = connectionId;
    this.cached = verified;
  }

  String connectionId() {
    return connectionId;
  }

  String workspaceId() {
    return workspaceId;
  }

  /** The cached details, fetching (and checking) them once. */
  ConnectionView get() {
    synchronized (lock) {
      if (cached != null) {
        return cached;
      }
    }
    return refresh();
  }

  /** The details as cached so far, without I/O. */
  @Nullable ConnectionView cached() {
    synchronized (lock) {
      return cached;
    }
  }

  /** {@code GET /connections/{id}}: checked, then cached. */
  ConnectionView refresh() {
    return remember(calls.get(connectionId));
  }

  /** Throws {@link WorkspaceMismatchException} unless the connection is of the workspace; called before writes. */
  void requireSameWorkspace() {
    get();
  }

  /** Checks the workspace, then sends {@code patch} and caches the answer. */
  void patch(ConnectionPatch patch) {
    requireSameWorkspace();
    ConnectionView updated = calls.patch(connectionId, patch);
    if (updated.workspaceId() == null) {
      // Written already; keep nothing unverified, the next read fetches (and checks) again.
      synchronized (lock) {
        cached = null;
      }
      return;
    }
    remember(updated);
  }

  private ConnectionView remember(ConnectionView fetched) {
    String actual = fetched.workspaceId();
    if (actual == null) {
      // Without it the workspace check would silently pass: refuse instead of caching it as verified.
      throw new AirbyteException("Airbyte's answer for connection " + connectionId
          + " names no workspaceId, so it cannot be checked to belong to workspace " + workspaceId
          + "; nothing was cached.");
    }
    if (!actual.equalsIgnoreCase(workspaceId)) {
      throw new WorkspaceMismatchException("connection", connectionId, workspaceId, actual);
    }
    synchronized (lock) {
      cached = fetched;
    }
    return fetched;
  }
}
