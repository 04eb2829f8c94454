package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.snapshot.LiveDiff;
import io.github.airbytekit.connections.internal.snapshot.SnapshotDirectory;
import io.github.airbytekit.connections.internal.snapshot.SnapshotRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Wires {@link CloudWorkspace#snapshot} and {@link CloudWorkspace#diffSnapshot}: the connections to cover (from the
 * workspace's listing), and a transport of the workspace's settings whose retries also feed the shared rate
 * limiter of the workers, with the workspace's token (no second token is minted).
 */
final class WorkspaceSnapshots {
  private WorkspaceSnapshots() {}

  static SnapshotReport run(CloudWorkspace workspace, WorkspaceSettings settings, Path directory,
      SnapshotOptions options) {
    Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(options, "options == null");
    List<SnapshotRunner.Target> targets = targets(workspace, options);
    try (LimitedTransport limited = LimitedTransport.open(workspace, settings)) {
      return new SnapshotRunner(limited.calls(workspace.workspaceId()), settings.clock, settings.sleeper).run(directory, targets, options);
    }
  }

  /** The snapshot in {@code directory} (before) against the live connections (after); the directory is read first. */
  static SnapshotDiff diff(CloudWorkspace workspace, WorkspaceSettings settings, Path directory,
      SnapshotOptions options) {
    Objects.requireNonNull(directory, "snapshotDirectory == null");
    Objects.requireNonNull(options, "options == null");
    SnapshotDirectory snapshot = SnapshotDirectory.read(directory);
    snapshot.requireWorkspace(workspace.workspaceId());
    List<SnapshotRunner.Target> targets = targets(workspace, options);
    try (LimitedTransport limited = LimitedTransport.open(workspace, settings)) {
      return new LiveDiff(limited.calls(workspace.workspaceId()), settings.sleeper).compare(snapshot, targets, options);
    }
  }

  /** Every listed connection, or the requested ones in their order (one not listed fails without a request). */
  private static List<SnapshotRunner.Target> targets(CloudWorkspace workspace, SnapshotOptions options) {
    Map<String, SnapshotRunner.Target> listed = new LinkedHashMap<>();
    for (CloudConnection connection : workspace.listConnections()) {
      listed.put(key(connection.connectionId()),
          new SnapshotRunner.Target(connection.connectionId(), connection.name(), null));
    }
    if (options.getConnectionIds().isEmpty()) {
      return List.copyOf(listed.values());
    }
    List<SnapshotRunner.Target> chosen = new ArrayList<>();
    for (String id : options.getConnectionIds()) {
      SnapshotRunner.Target target = listed.get(key(id));
      chosen.add(target != null ? target : new SnapshotRunner.Target(id, "",
          "not a connection of workspace " + workspace.workspaceId() + " (not in its listing)"));
    }
    return chosen;
  }

  private static String key(String id) {
    return id.trim().toLowerCase(Locale.ROOT);
  }
}
