package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.restore.RestoreRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Wires {@link CloudWorkspace#restore}: the target connections (from the workspace's listing), and a transport
 * whose retries also feed the restore's shared rate limiter.
 */
final class WorkspaceRestores {
  private WorkspaceRestores() {}

  static RestoreReport run(CloudWorkspace workspace, WorkspaceSettings settings, Path directory, RestorePlan plan) {
    Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(plan, "plan == null");
    List<RestoreRunner.Target> targets = workspace.listConnections().stream()
        .map(connection -> new RestoreRunner.Target(connection.connectionId(), connection.name()))
        .toList();
    try (LimitedTransport limited = LimitedTransport.open(workspace, settings)) {
      return new RestoreRunner(limited.calls(workspace.workspaceId()), settings.clock).run(directory, targets, plan);
    }
  }
}
