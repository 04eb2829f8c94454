package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Paginator;
import io.github.airbytekit.testkit.internal.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public API's {@code /sources} and {@code /destinations} routes, which differ only in names and body types:
 * get, list, create and patch ({@link ActorWrites}), and delete (which deletes the connector's connections first, as Airbyte's {@code SourceHandler} and
 * {@code DestinationHandler} do, and hides the connector from lists).
 *
 * @param <T> the body type of one connector
 */
final class ActorRoutes<T> {
  private final Map<String, Actor> actors;
  private final Map<String, Connection> connections;
  private final Function<Connection, String> endOf;
  private final String kind;
  private final Function<Actor, T> render;
  private final Function<Paginator.Page<T>, Object> listBody;
  private final ActorWrites writes;

  private ActorRoutes(
      Map<String, Actor> actors,
      Map<String, Connection> connections,
      Function<Connection, String> endOf,
      String kind,
      Function<Actor, T> render,
      Function<Paginator.Page<T>, Object> listBody,
      ActorWrites writes) {
    this.actors = actors;
    this.connections = connections;
    this.endOf = endOf;
    this.kind = kind;
    this.render = render;
    this.listBody = listBody;
    this.writes = writes;
  }

  static ActorRoutes<?> sources(FakeStore store, boolean strict) {
    return new ActorRoutes<>(store.sources, store.connections, c -> c.sourceId, "source", ActorResponses::source,
        ActorResponses::sources,
        new ActorWrites(store, store.sources, "source", Shapes.SOURCE_CREATE, Shapes.SOURCE_PATCH, strict));
  }

  static ActorRoutes<?> destinations(FakeStore store, boolean strict) {
    return new ActorRoutes<>(store.destinations, store.connections, c -> c.destinationId, "destination",
        ActorResponses::destination, ActorResponses::destinations,
        new ActorWrites(store, store.destinations, "destination", Shapes.DESTINATION_CREATE, Shapes.DESTINATION_PATCH,
            strict));
  }

  void create(Exchange exchange) {
    exchange.ok(render.apply(writes.create(exchange)));
  }

  void patch(Exchange exchange) {
    exchange.ok(render.apply(writes.patch(exchange, actor(exchange))));
  }

  void get(Exchange exchange) {
    exchange.ok(render.apply(actor(exchange)));
  }

  void delete(Exchange exchange) {
    Actor actor = actor(exchange);
    for (Connection connection : connections.values()) {
      if (endOf.apply(connection).equals(actor.id)) {
        connection.status = "deprecated";
      }
    }
    actor.deleted = true;
    exchange.noContent();
  }

  void list(Exchange exchange) {
    Paginator paginator = Paginator.of(exchange);
    List<String> workspaceIds = QueryParams.ids(exchange, "workspaceIds");
    boolean includeDeleted = QueryParams.bool(exchange, "includeDeleted");
    List<Actor> matching = new ArrayList<>();
    for (Actor actor : actors.values()) {
      if ((workspaceIds.isEmpty() || workspaceIds.contains(actor.workspaceId)) && (includeDeleted || !actor.deleted)) {
        matching.add(actor);
      }
    }
    exchange.ok(listBody.apply(paginator.page(matching, render)));
  }

  private Actor actor(Exchange exchange) {
    String id = exchange.pathParameter(kind + "Id");
    Actor actor = actors.get(Ids.canonical(id));
    if (actor == null || actor.deleted) {
      throw HttpProblem.notFound("Could not find " + kind + " with id: " + id);
    }
    return actor;
  }
}
