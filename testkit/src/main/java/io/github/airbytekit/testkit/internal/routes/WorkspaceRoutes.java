package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.NotificationsConfig;
import io.github.airbytekit.client.publicapi.model.WorkspaceResponse;
import io.github.airbytekit.client.publicapi.model.WorkspacesResponse;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records.Workspace;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Paginator;
import io.github.airbytekit.testkit.internal.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The public API's {@code GET /workspaces} and {@code GET /workspaces/{workspaceId}}. */
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
    exchange.ok(render(workspace));
  }

  /** Lists workspaces, filtered by {@code workspaceIds}; the fake's workspaces are never deleted. */
  void list(Exchange exchange) {
    Paginator paginator = Paginator.of(exchange);
    List<String> workspaceIds = QueryParams.ids(exchange, "workspaceIds");
    QueryParams.bool(exchange, "includeDeleted");
    List<Workspace> matching = new ArrayList<>();
    for (Workspace workspace : store.workspaces.values()) {
      if (workspaceIds.isEmpty() || workspaceIds.contains(workspace.id)) {
        matching.add(workspace);
      }
    }
    Paginator.Page<WorkspaceResponse> page = paginator.page(matching, WorkspaceRoutes::render);
    exchange.ok(new WorkspacesResponse().data(page.data()).next(page.next()).previous(page.previous()));
  }

  private static WorkspaceResponse render(Workspace workspace) {
    return new WorkspaceResponse()
        .workspaceId(UUID.fromString(workspace.id))
        .name(workspace.name)
        .dataResidency(workspace.dataResidency)
        .notifications(new NotificationsConfig());
  }
}
