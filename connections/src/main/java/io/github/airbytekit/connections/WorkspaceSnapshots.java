package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Transport;
import io.github.airbytekit.connections.internal.snapshot.LimiterEvents;
import io.github.airbytekit.connections.internal.snapshot.LiveDiff;
import io.github.airbytekit.connections.internal.snapshot.SharedRateLimiter;
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
    return limited(workspace, settings, (transport, limiter) -> new SnapshotRunner(workspace.workspaceId(), transport.config(),
        transport.jobs(), limiter, settings.clock, settings.sleeper).run(directory, targets, options));
  }

  /** The snapshot in {@code directory} (before) against the live connections (after); the directory is read first. */
  static SnapshotDiff diff(CloudWorkspace workspace, WorkspaceSettings settings, Path directory,
      SnapshotOptions options) {
    Objects.requireNonNull(directory, "snapshotDirectory == null");
    Objects.requireNonNull(options, "options == null");
    SnapshotDirectory snapshot = SnapshotDirectory.read(directory);
    snapshot.requireWorkspace(workspace.workspaceId());
    List<SnapshotRunner.Target> targets = targets(workspace, options);
    return limited(workspace, settings, (transport, limiter) -> new LiveDiff(workspace.workspaceId(), transport.config(),
        transport.jobs(), limiter, settings.sleeper).compare(snapshot, targets, options));
  }

  /** What runs on the snapshot's transport: its retries feed the shared limiter, it uses the workspace's token. */
  @FunctionalInterface
  private interface Limited<T> {
    T run(Transport transport, SharedRateLimiter limiter);
  }

  private static <T> T limited(CloudWorkspace workspace, WorkspaceSettings settings, Limited<T> body) {
    SharedRateLimiter limiter = new SharedRateLimiter(settings.clock, settings.sleeper);
    CloudWorkspace.Builder limited = settings.copy();
    limited.eventListener = new LimiterEvents(settings.eventListener, limiter);
    try (Transport transport = limited.transport(workspace.transport())) {
      return body.run(transport, limiter);
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
