package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.NotificationsConfig;
import io.github.airbytekit.client.publicapi.model.WorkspaceResponse;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records.Workspace;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.UUID;

/** The public API's {@code GET /workspaces/{workspaceId}}. */
final class WorkspaceRoutes {
  private final FakeStore store;

  WorkspaceRoutes(FakeStore store) {
    this.store = store;
  }

  void get(Exchange exchange) {
    String id = exchange.pathParameter("workspaceId");
    Workspace workspace = store.workspaces.get(Ids.canonical(id));
    if (workspace == null) {
      throw HttpProblem.notFound("Could not find workspace with id: " + id);
    }
    exchange.ok(
        new WorkspaceResponse()
            .workspaceId(UUID.fromString(workspace.id))
            .name(workspace.name)
            .dataResidency(workspace.dataResidency)
            .notifications(new NotificationsConfig()));
  }
}
