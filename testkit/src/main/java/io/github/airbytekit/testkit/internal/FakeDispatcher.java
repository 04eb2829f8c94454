package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.MissingPropertyException;
import io.github.airbytekit.client.configapi.model.InvalidInputExceptionInfo;
import io.github.airbytekit.client.configapi.model.InvalidInputProperty;
import io.github.airbytekit.client.configapi.model.KnownExceptionInfo;
import io.github.airbytekit.client.configapi.model.NotFoundKnownExceptionInfo;
import io.github.airbytekit.client.publicapi.model.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * Turns every request into an atomic operation on the store: faults first (before auth and
 * before any state change), then the bearer check, then the route; records the request with
 * secrets masked.
 */
public final class FakeDispatcher extends Dispatcher {
  static final String PUBLIC = "/api/public/v1";
  static final String CONFIG = "/api/v1";

  private final FakeStore store;
  private final FaultBook faults;
  private final CallRecorder journal;
  private final TokenBook tokens;
  private final String clientId;
  private final String clientSecret;
  private final PublicApi publicApi;
  private final ConfigApi configApi;
  private final Runnable forgetRecorded;

  /**
   * @param forgetRecorded drops MockWebServer's own copy of the requests, which it would
   *     otherwise keep forever (the fake has its own journal)
   */
  public FakeDispatcher(
      FakeStore store,
      FaultBook faults,
      CallRecorder journal,
      TokenBook tokens,
      String clientId,
      String clientSecret,
      boolean strict,
      Runnable forgetRecorded) {
    this.store = store;
    this.faults = faults;
    this.journal = journal;
    this.tokens = tokens;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.publicApi = new PublicApi(store, strict);
    this.configApi = new ConfigApi(store, strict);
    this.forgetRecorded = forgetRecorded;
  }

  /**
   * Never throws and never leaves the thread interrupted: MockWebServer abandons a connection
   * whose dispatch throws, and an interrupted thread cannot write (okio refuses), both without
   * closing the socket, so the client would wait for its read timeout with no answer at all.
   */
  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return answer(request);
    } catch (RuntimeException | Error e) {
      // Plain text on purpose: the failure may be in the JSON writing itself.
      return new MockResponse.Builder()
          .code(500)
          .setHeader("Content-Type", "application/problem+json")
          .setHeader("Connection", "close")
          .body(
              "{\"type\":\"https://reference.airbyte.com/reference/errors#500-internal-server-error\","
                  + "\"title\":\"internal-server-error\",\"status\":500,"
                  + "\"detail\":\"Fake Airbyte failed unexpectedly\"}")
          .build();
    } finally {
      // Whatever interrupted this MockWebServer thread, the answer must still be written.
      Thread.interrupted();
    }
  }

  private MockResponse answer(RecordedRequest request) {
    forgetRecorded.run();
    Instant receivedAt = store.clock.instant();
    HttpUrl url = request.getUrl();
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    String path = url.encodedPath();
    ByteString bodyBytes = request.getBody();
    String body = bodyBytes == null ? "" : bodyBytes.utf8();
    Exchange exchange = new Exchange(method, decode(path), url, request.getHeaders(), body);

    MockResponse response;
    FaultBook.Fault fault = faults.take(method, exchange.path);
    if (fault != null && fault.kind == FaultBook.Kind.DROP) {
      record(exchange, 0, receivedAt);
      return new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "application/json")
          .body("{\"padding\":\"" + "x".repeat(4096) + "\"}")
          .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
          .build();
    }
    if (fault != null && fault.kind == FaultBook.Kind.STATUS) {
      HttpProblem problem =
          new HttpProblem(
              fault.status,
              fault.status == 429 ? "rate-limited" : "injected-fault",
              "Fault injected by the test for " + method + " " + exchange.path);
      error(exchange, problem);
      if (fault.retryAfter != null) {
        exchange.responseHeaders.put("Retry-After", Long.toString(fault.retryAfter.getSeconds()));
      }
    } else {
      handle(exchange);
    }
    record(
        exchange,
        fault != null && fault.kind == FaultBook.Kind.DROP_AFTER_HANDLING ? 0 : exchange.status,
        receivedAt);
    MockResponse.Builder builder = new MockResponse.Builder().code(exchange.status);
    if (exchange.responseBody != null) {
      builder.setHeader("Content-Type", exchange.contentType).body(exchange.responseBody);
    }
    exchange.responseHeaders.forEach(builder::setHeader);
    if (fault != null && fault.kind == FaultBook.Kind.DELAY) {
      builder.headersDelay(fault.delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    if (fault != null && fault.kind == FaultBook.Kind.DROP_AFTER_HANDLING) {
      // The request took effect; only the answer is lost (padded so the cut lands inside the body).
      String answered = exchange.responseBody == null ? "" : exchange.responseBody;
      builder
          .setHeader("Content-Type", exchange.contentType)
          .body(answered + " ".repeat(4096))
          .onResponseBody(new SocketEffect.CloseSocket(true, false, false));
    }
    response = builder.build();
    return response;
  }

  private void handle(Exchange exchange) {
    try {
      String path = exchange.path;
      if (path.equals(PUBLIC + "/applications/token")) {
        if (!exchange.method.equals("POST")) {
          throw new HttpProblem(405, "method-not-allowed", "Use POST for the token endpoint");
        }
        TokenEndpoint.handle(exchange, clientId, clientSecret, tokens, journal);
        return;
      }
      boolean isPublic = path.startsWith(PUBLIC + "/") || path.equals(PUBLIC);
      boolean isConfig = !isPublic && path.startsWith(CONFIG + "/");
      if (!isPublic && !isConfig) {
        throw HttpProblem.notFound("No Airbyte API at " + path);
      }
      authenticate(exchange);
      synchronized (store) {
        if (isPublic) {
          publicApi.handle(exchange, path.substring(PUBLIC.length()));
        } else {
          configApi.handle(exchange, path.substring(CONFIG.length()));
        }
      }
    } catch (HttpProblem problem) {
      error(exchange, problem);
    } catch (MissingPropertyException e) {
      // A request body lacks a property the route reads (generated models check required ones lazily).
      int status = exchange.path.startsWith(CONFIG + "/") ? 422 : 400;
      error(exchange, new HttpProblem(status, "invalid-input", "Invalid request body: " + e.getMessage()));
    } catch (RuntimeException e) {
      error(exchange, new HttpProblem(500, "internal-server-error", "Fake Airbyte failed: " + e));
    }
  }

  private void authenticate(Exchange exchange) {
    String header = exchange.headers.get("Authorization");
    if (header == null || header.isBlank()) {
      throw HttpProblem.unauthorized("Missing Authorization: Bearer header");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw HttpProblem.unauthorized("Authorization must be a Bearer token");
    }
    String problem = tokens.problem(header.substring(7).trim());
    if (problem != null) {
      throw HttpProblem.unauthorized(problem);
    }
  }

  private static void error(Exchange exchange, HttpProblem problem) {
    exchange.responseHeaders.clear();
    if (exchange.path.startsWith(CONFIG + "/")) {
      exchange.json(problem.status(), configError(problem));
      return;
    }
    Problem body =
        new Problem()
            .type(problem.type())
            .title(problem.title())
            .status(problem.status())
            .detail(problem.detail());
    exchange.json(problem.status(), Json.write(Problem.class, body));
    exchange.contentType = "application/problem+json";
  }

  /** The Config API reports errors in its own shapes, as Airbyte's server does. */
  private static String configError(HttpProblem problem) {
    if (problem.status() == 404) {
      return Json.write(
          NotFoundKnownExceptionInfo.class,
          new NotFoundKnownExceptionInfo()
              .message(problem.detail())
              .exceptionClassName("io.airbyte.commons.server.errors.IdNotFoundKnownException"));
    }
    if (problem.status() == 422) {
      List<InvalidInputProperty> errors = new ArrayList<>();
      errors.add(new InvalidInputProperty().propertyPath("body").message(problem.detail()));
      return Json.write(
          InvalidInputExceptionInfo.class,
          new InvalidInputExceptionInfo()
              .message(problem.detail())
              .exceptionClassName("javax.validation.ValidationException")
              .validationErrors(errors));
    }
    return Json.write(
        KnownExceptionInfo.class,
        new KnownExceptionInfo()
            .message(problem.detail())
            .exceptionClassName(
                problem.status() == 400
                    ? "io.airbyte.commons.server.errors.BadRequestException"
                    : problem.status() == 423
                        ? "io.airbyte.commons.server.errors.ApplicationErrorKnownException"
                        : "io.airbyte.commons.server.errors.KnownException"));
  }

  private void record(Exchange exchange, int status, Instant receivedAt) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Headers raw = exchange.headers;
    for (String name : raw.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("cookie")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String value : raw.values(name)) {
        values.add(lower.equals("authorization") ? maskAuthorization(value) : value);
      }
      headers.put(lower, values);
    }
    String body = exchange.body;
    if (exchange.path.endsWith("/applications/token")) {
      // Possessive: a plain (a|b)* recurses per character and overflows the stack on long secrets.
      body =
          body.replaceAll("(\"client_secret\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"", "$1\"**********\"")
              .replaceAll("(^|&)client_secret=[^&]*", "$1client_secret=**********");
    }
    journal.record(exchange.method, exchange.path, exchange.query, headers, body, status, receivedAt);
  }

  private static String maskAuthorization(String value) {
    int space = value.indexOf(' ');
    return (space > 0 ? value.substring(0, space + 1) : "") + "**********";
  }

  private static String decode(String encodedPath) {
    return HttpUrl.get("http://x" + encodedPath).pathSegments().stream()
        .reduce(new StringBuilder(), (sb, s) -> sb.append('/').append(s), StringBuilder::append)
        .toString();
  }
}
