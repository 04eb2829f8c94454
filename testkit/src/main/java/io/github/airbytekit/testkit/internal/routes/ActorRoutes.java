package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records.Actor;
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
 * get, list and delete (which hides the connector from lists).
 *
 * @param <T> the body type of one connector
 */
final class ActorRoutes<T> {
  private final Map<String, Actor> actors;
  private final String kind;
  private final Function<Actor, T> render;
  private final Function<Paginator.Page<T>, Object> listBody;

  private ActorRoutes(
      Map<String, Actor> actors, String kind, Function<Actor, T> render, Function<Paginator.Page<T>, Object> listBody) {
    this.actors = actors;
    this.kind = kind;
    this.render = render;
    this.listBody = listBody;
  }

  static ActorRoutes<?> sources(Map<String, Actor> sources) {
    return new ActorRoutes<>(sources, "source", ActorResponses::source, ActorResponses::sources);
  }

  static ActorRoutes<?> destinations(Map<String, Actor> destinations) {
    return new ActorRoutes<>(destinations, "destination", ActorResponses::destination, ActorResponses::destinations);
  }

  void get(Exchange exchange) {
    exchange.ok(render.apply(actor(exchange)));
  }

  void delete(Exchange exchange) {
    actor(exchange).deleted = true;
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
