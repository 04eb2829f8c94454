package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.ConnectionCreateRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionPatchRequest;
import io.github.airbytekit.client.publicapi.model.ConnectionResponse;
import io.github.airbytekit.client.publicapi.model.ConnectionsResponse;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Paginator;
import io.github.airbytekit.testkit.internal.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The public API's {@code /connections} routes. */
final class ConnectionRoutes {
  private final FakeStore store;
  private final boolean strict;

  ConnectionRoutes(FakeStore store, boolean strict) {
    this.store = store;
    this.strict = strict;
  }

  void list(Exchange exchange) {
    Paginator paginator = Paginator.of(exchange);
    List<String> workspaceIds = QueryParams.ids(exchange, "workspaceIds");
    boolean includeDeleted = QueryParams.bool(exchange, "includeDeleted");
    // Fake connections carry no tags, so any tag filter matches nothing.
    boolean tagFilter = !exchange.queryList("tagIds").isEmpty();
    List<Connection> matching = new ArrayList<>();
    for (Connection connection : store.connections.values()) {
      if (!tagFilter
          && (workspaceIds.isEmpty() || workspaceIds.contains(connection.workspaceId))
          && (includeDeleted || !connection.deleted())) {
        matching.add(connection);
      }
    }
    Paginator.Page<ConnectionResponse> page = paginator.page(matching, ConnectionResponses::render);
    exchange.ok(new ConnectionsResponse().data(page.data()).next(page.next()).previous(page.previous()));
  }

  void get(Exchange exchange) {
    exchange.ok(ConnectionResponses.render(store.connection(exchange.pathParameter("connectionId"))));
  }

  void delete(Exchange exchange) {
    store.connection(exchange.pathParameter("connectionId")).status = "deprecated";
    exchange.noContent();
  }

  void create(Exchange exchange) {
    ConnectionCreateRequest request =
        Json.read(Shapes.CONNECTION_CREATE.filter(exchange.body(), strict, 400), ConnectionCreateRequest.class, 400);
    if (request.getSourceId() == null || request.getDestinationId() == null) {
      throw HttpProblem.badRequest("sourceId and destinationId are required");
    }
    Actor source = store.sources.get(request.getSourceId().toString());
    Actor destination = store.destinations.get(request.getDestinationId().toString());
    if (source == null || source.deleted) {
      throw HttpProblem.notFound("Could not find source with id: " + request.getSourceId());
    }
    if (destination == null || destination.deleted) {
      throw HttpProblem.notFound("Could not find destination with id: " + request.getDestinationId());
    }
    if (!source.workspaceId.equals(destination.workspaceId)) {
      throw HttpProblem.badRequest("Source and destination must be in the same workspace");
    }
    StreamSelection streams = StreamSelection.create(DiscoveredCatalog.of(store, source), request.getConfigurations());
    // The name is not validated here: a create may name a connection anything, a PATCH no blank name.
    ConnectionSettings valid = ConnectionSettings.validate(store, null, request.getPrefix(), request.getStatus(),
        request.getSchedule(), request.getNamespaceDefinition(), request.getNamespaceFormat(),
        request.getNonBreakingSchemaUpdatesBehavior());
    String name = request.getName() != null ? request.getName() : source.name + " → " + destination.name;
    Connection connection = new Connection(
        UUID.randomUUID().toString(), source.workspaceId, source.id, destination.id, name, streams.catalog, store.now());
    connection.streamConfigurations = streams.sent;
    valid.applyTo(connection);
    store.connections.put(connection.id, connection);
    exchange.ok(ConnectionResponses.render(connection));
  }

  void patch(Exchange exchange) {
    Connection connection = store.connection(exchange.pathParameter("connectionId"));
    ConnectionPatchRequest patch =
        Json.read(Shapes.CONNECTION_PATCH.filter(exchange.body(), strict, 400), ConnectionPatchRequest.class, 400);
    if ("locked".equals(connection.status)) {
      throw HttpProblem.conflict("Connection " + connection.id + " is locked and cannot be changed");
    }
    // Validate everything before changing anything, so a refused PATCH changes nothing.
    StreamSelection streams =
        patch.getConfigurations() == null ? null : StreamSelection.select(connection.syncCatalog, patch.getConfigurations());
    ConnectionSettings valid = ConnectionSettings.validate(store, patch.getName(), patch.getPrefix(), patch.getStatus(),
        patch.getSchedule(), patch.getNamespaceDefinition(), patch.getNamespaceFormat(),
        patch.getNonBreakingSchemaUpdatesBehavior());
    valid.applyTo(connection);
    if (streams != null) {
      connection.syncCatalog = streams.catalog;
      connection.streamConfigurations = streams.sent;
    }
    exchange.ok(ConnectionResponses.render(connection));
  }
}
