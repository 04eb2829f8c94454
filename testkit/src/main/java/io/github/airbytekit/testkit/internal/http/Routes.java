package io.github.airbytekit.testkit.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The route table: {@code METHOD + path template → handler} for both APIs, built once. Finding a route answers
 * 404 when no template fits and 405 (with {@code Allow}) when the path exists with other methods.
 *
 * <pre>{@code
 * Routes routes = Routes.builder(Layout.SELF_MANAGED)
 *     .route(Api.PUBLIC, "GET", "/connections/{connectionId}", "getConnection", "ConnectionResponse", connections::get)
 *     .build();
 * }</pre>
 */
public final class Routes {
  private final Layout layout;
  private final List<Route> routes;

  private Routes(Layout layout, List<Route> routes) {
    this.layout = layout;
    this.routes = List.copyOf(routes);
  }

  public static Builder builder(Layout layout) {
    return new Builder(layout);
  }

  public Layout layout() {
    return layout;
  }

  /** Every route, in declaration order. */
  public List<Route> all() {
    return routes;
  }

  /** The route whose template fits {@code path} with no method check, or null; for decisions made before routing. */
  public @Nullable Route byPath(String path) {
    Api api = layout.apiOf(path);
    if (api == null) {
      return null;
    }
    String relative = path.substring(layout.root(api).length());
    for (Route route : routes) {
      if (route.api() == api && route.match(relative) != null) {
        return route;
      }
    }
    return null;
  }

  /**
   * The route for the exchange's method and path, with its path parameters set on the exchange.
   *
   * @throws HttpProblem 404 when no route has the path, 405 when only other methods have it
   */
  public Route find(Exchange exchange) {
    Api api = layout.apiOf(exchange.path());
    if (api == null) {
      throw HttpProblem.notFound("No Airbyte API at " + exchange.path());
    }
    String relative = exchange.path().substring(layout.root(api).length());
    List<String> allowed = new ArrayList<>();
    for (Route route : routes) {
      Map<String, String> parameters = route.api() == api ? route.match(relative) : null;
      if (parameters == null) {
        continue;
      }
      if (route.method().equals(exchange.method())) {
        exchange.pathParameters(parameters);
        return route;
      }
      allowed.add(route.method());
    }
    if (!allowed.isEmpty()) {
      String allow = String.join(", ", allowed);
      throw HttpProblem.methodNotAllowed(
          "Method " + exchange.method() + " is not allowed for " + exchange.path() + "; use " + allow, allow);
    }
    throw HttpProblem.notFound("No route " + exchange.method() + " " + exchange.path());
  }

  /** Collects routes; {@link #build()} freezes them. */
  public static final class Builder {
    private final Layout layout;
    private final List<Route> routes = new ArrayList<>();

    private Builder(Layout layout) {
      this.layout = layout;
    }

    /** Adds a route that needs a bearer token. */
    public Builder route(
        Api api, String method, String template, String operationId, @Nullable String responseSchema, Handler handler) {
      routes.add(new Route(api, method, template, operationId, responseSchema, true, handler));
      return this;
    }

    /** Adds a route that answers without a bearer token (the token endpoint). */
    public Builder openRoute(
        Api api, String method, String template, String operationId, @Nullable String responseSchema, Handler handler) {
      routes.add(new Route(api, method, template, operationId, responseSchema, false, handler));
      return this;
    }

    public Routes build() {
      return new Routes(layout, routes);
    }
  }
}
