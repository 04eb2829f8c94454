package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.MissingPropertyException;
import io.github.airbytekit.testkit.internal.http.Api;
import io.github.airbytekit.testkit.internal.http.ErrorAnswers;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.http.Layout;
import io.github.airbytekit.testkit.internal.http.Route;
import io.github.airbytekit.testkit.internal.http.Routes;
import io.github.airbytekit.testkit.internal.routes.RouteTable;
import io.github.airbytekit.testkit.internal.versions.VersionRules;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Turns every request into an atomic operation on the store, independent of the HTTP server: faults first (before
 * auth and before any state change), then the bearer check, the route (store locked) and the version's shaping;
 * finally the request is journaled with its secrets masked.
 */
public final class RequestPipeline {
  private final FakeStore store;
  private final FaultBook faults;
  private final Journaling journaling;
  private final BearerCheck bearer;
  private final Routes routes;
  private final VersionRules version;
  private @Nullable AdminEndpoint admin;

  public RequestPipeline(
      FakeStore store, FaultBook faults, Journaling journaling, BearerCheck bearer, Routes routes, VersionRules version) {
    this.store = store;
    this.faults = faults;
    this.journaling = journaling;
    this.bearer = bearer;
    this.routes = routes;
    this.version = version;
  }

  /**
   * The pipeline of a fake: its routes (where {@code layout} puts them) over {@code store}, the version's rules,
   * faults, bearer tokens, journal.
   */
  public static RequestPipeline assemble(FakeStore store, FaultBook faults, CallRecorder journal, TokenBook tokens,
      RouteTable.Options options, Layout layout) {
    Routes routes = RouteTable.create(layout, store, tokens, journal, options);
    return new RequestPipeline(
        store, faults, new Journaling(journal), new BearerCheck(tokens), routes, store.version);
  }

  /** Serves {@code admin}'s calls under {@code /__admin} from now on (call before the transport starts). */
  public void admin(AdminEndpoint admin) {
    this.admin = admin;
  }

  /**
   * Answers {@code exchange} in place.
   *
   * @return the armed fault that hit the request (the transport applies its effect), or null
   */
  public FaultBook.@Nullable Fault process(Exchange exchange) {
    AdminEndpoint admin = this.admin;
    if (admin != null && AdminEndpoint.isAdmin(exchange)) {
      admin.handle(exchange);
      return null;
    }
    Instant receivedAt = store.clock.instant();
    FaultBook.Fault fault = faults.take(exchange.method(), exchange.path(), receivedAt);
    if (fault != null && fault.kind == FaultBook.Kind.DROP) {
      journaling.record(exchange, 0, receivedAt);
      return fault;
    }
    if (fault != null && fault.kind == FaultBook.Kind.ECHO) {
      StringBuilder echo = new StringBuilder("echo of ").append(exchange.method()).append(' ').append(exchange.path())
          .append(" body=").append(exchange.body());
      for (String name : exchange.headers().names()) {
        echo.append(' ').append(name).append('=').append(String.join(",", exchange.headers().values(name)));
      }
      error(exchange, new HttpProblem(fault.status, echo.toString(),
          "Echoed by the test, as a careless proxy or server would"));
    } else if (fault != null && fault.kind == FaultBook.Kind.STATUS) {
      String title = fault.status == 429 ? "rate-limited" : "injected-fault";
      error(exchange, new HttpProblem(
          fault.status, title, "Fault injected by the test for " + exchange.method() + " " + exchange.path()));
      if (fault.retryAfter != null) {
        exchange.responseHeaders().put("Retry-After", Long.toString(fault.retryAfter.getSeconds()));
      }
    } else {
      handle(exchange);
      if (fault != null) {
        spoilAnswer(exchange, fault);
      }
    }
    boolean answerLost = fault != null && fault.kind == FaultBook.Kind.DROP_AFTER_HANDLING;
    journaling.record(exchange, answerLost ? 0 : exchange.status(), receivedAt);
    if (fault != null && fault.kind == FaultBook.Kind.STALL) {
      faults.stall(fault.delay);
    }
    return fault;
  }

  /** The faults applied to a handled request's answer here, so that every transport sends the same bytes. */
  private static void spoilAnswer(Exchange exchange, FaultBook.Fault fault) {
    String body = exchange.responseBody();
    if (fault.kind == FaultBook.Kind.REPLACE_BODY && fault.body != null) {
      exchange.responseBody(fault.body);
    } else if (fault.kind == FaultBook.Kind.TRUNCATE_BODY && body != null) {
      int keep = fault.keep < 0 ? body.length() / 2 : Math.min(fault.keep, body.length());
      exchange.responseBody(body.substring(0, keep));
    }
  }

  private void handle(Exchange exchange) {
    try {
      Route route = routes.byPath(exchange.path());
      if (route == null || route.authenticated()) {
        if (routes.layout().apiOf(exchange.path()) == null) {
          throw HttpProblem.notFound("No Airbyte API at " + exchange.path());
        }
        bearer.check(exchange);
      }
      route = routes.find(exchange);
      version.checkRequest(route, exchange);
      synchronized (store) {
        route.handler().handle(exchange);
      }
      version.shape(route.api(), route.responseSchema(), exchange);
    } catch (HttpProblem problem) {
      error(exchange, problem);
    } catch (MissingPropertyException e) {
      // A request body lacks a property the route reads (generated models check required ones lazily).
      int status = api(exchange) == Api.CONFIG ? 422 : 400;
      error(exchange, new HttpProblem(status, "invalid-input", "Invalid request body: " + e.getMessage()));
    } catch (RuntimeException e) {
      error(exchange, new HttpProblem(500, "internal-server-error", "Fake Airbyte failed: " + e));
    }
  }

  private void error(Exchange exchange, HttpProblem problem) {
    Api api = api(exchange);
    ErrorAnswers.answer(exchange, api, problem);
    version.shape(api, ErrorAnswers.schema(api, problem.status()), exchange);
  }

  private Api api(Exchange exchange) {
    Api api = routes.layout().apiOf(exchange.path());
    return api == null ? Api.PUBLIC : api;
  }
}
