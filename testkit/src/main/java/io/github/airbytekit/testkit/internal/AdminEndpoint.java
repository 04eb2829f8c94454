package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.RecordedCall;
import io.github.airbytekit.testkit.internal.http.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The fake's own HTTP controls under {@code /__admin}, for tests that are not on the JVM: read the journal, reset,
 * seed. No authentication, never journaled, never faulted, never shaped to a version.
 *
 * <pre>{@code
 * GET  /__admin/requests   -> {"requests": [{"sequence", "method", "path", "query", "headers", "body", "status", "receivedAt"}]}
 * POST /__admin/reset      -> 204, back to the initial seed
 * POST /__admin/seed       -> 204, body: a seed document (the seed file format)
 * }</pre>
 */
public final class AdminEndpoint {
  /** The path prefix of every admin call. */
  public static final String ROOT = "/__admin";

  private final Runnable reset;
  private final Consumer<String> seed;
  private final Supplier<List<RecordedCall>> journal;

  public AdminEndpoint(Runnable reset, Consumer<String> seed, Supplier<List<RecordedCall>> journal) {
    this.reset = reset;
    this.seed = seed;
    this.journal = journal;
  }

  /** Whether {@code exchange} is an admin call. */
  public static boolean isAdmin(Exchange exchange) {
    return exchange.path().equals(ROOT) || exchange.path().startsWith(ROOT + "/");
  }

  /** Answers an admin call in place. */
  public void handle(Exchange exchange) {
    String call = exchange.method() + " " + exchange.path().substring(ROOT.length());
    switch (call) {
      case "GET /requests":
        exchange.json(200, JsonTree.write(Map.of("requests", requests())));
        break;
      case "POST /reset":
        reset.run();
        exchange.noContent();
        break;
      case "POST /seed":
        try {
          seed.accept(exchange.body());
          exchange.noContent();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
          problem(exchange, 400, "invalid seed: " + e.getMessage());
        }
        break;
      default:
        problem(exchange, 404, "No admin call " + call + "; there are GET /__admin/requests, POST /__admin/reset and"
            + " POST /__admin/seed");
    }
  }

  private List<Object> requests() {
    List<Object> calls = new ArrayList<>();
    for (RecordedCall recorded : journal.get()) {
      Map<String, Object> call = new LinkedHashMap<>();
      call.put("sequence", RawJson.of(Long.toString(recorded.sequence())));
      call.put("method", JsonTree.string(recorded.method()));
      call.put("path", JsonTree.string(recorded.path()));
      call.put("query", lists(recorded.query()));
      call.put("headers", lists(recorded.headers()));
      call.put("body", JsonTree.string(recorded.body()));
      call.put("status", RawJson.of(Integer.toString(recorded.responseStatus())));
      call.put("receivedAt", JsonTree.string(recorded.receivedAt().toString()));
      calls.add(call);
    }
    return calls;
  }

  private static Map<String, Object> lists(Map<String, List<String>> values) {
    Map<String, Object> result = new LinkedHashMap<>();
    values.forEach((name, list) -> result.put(name, JsonTree.strings(list)));
    return result;
  }

  private static void problem(Exchange exchange, int status, String detail) {
    exchange.json(status, JsonTree.write(Map.of("status", RawJson.of(Integer.toString(status)),
        "title", JsonTree.string(status == 404 ? "not-found" : "bad-request"), "detail", JsonTree.string(detail))));
  }
}
