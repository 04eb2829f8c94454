package io.github.airbytekit.testkit.internal.transport;

import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.RequestPipeline;
import io.github.airbytekit.testkit.internal.http.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an {@link HttpRequest} into an {@link Exchange}, lets the {@link RequestPipeline} answer it, and shapes
 * the {@link Reply} with the fault the pipeline took (delay, cut connection).
 */
final class PipelineHandler {
  private final RequestPipeline pipeline;

  PipelineHandler(RequestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Never throws and never leaves the thread interrupted: an unanswered request would leave the client waiting
   * for its read timeout.
   *
   * @param origin the scheme and authority the request reached, e.g. {@code http://127.0.0.1:54321}
   */
  Reply handle(HttpRequest request, String origin) {
    try {
      return answer(request, origin);
    } catch (RuntimeException | Error e) {
      // Plain text on purpose: the failure may be in the JSON writing itself.
      return new Reply(500)
          .header("Content-Type", "application/problem+json")
          .body(
              "{\"type\":\"https://reference.airbyte.com/reference/errors#500-internal-server-error\","
                  + "\"title\":\"internal-server-error\",\"status\":500,"
                  + "\"detail\":\"Fake Airbyte failed unexpectedly\"}")
          .closeAfter();
    } finally {
      // Whatever interrupted this thread, the answer must still be written.
      Thread.interrupted();
    }
  }

  private Reply answer(HttpRequest request, String origin) {
    String target = request.target();
    String url = target.startsWith("/") ? origin + target : target;
    Exchange exchange =
        new Exchange(
            request.method().toUpperCase(Locale.ROOT),
            url,
            request.headers(),
            new String(request.body(), StandardCharsets.UTF_8));
    FaultBook.Fault fault = pipeline.process(exchange);
    FaultBook.Kind kind = fault == null ? null : fault.kind;
    if (kind == FaultBook.Kind.DROP) {
      return new Reply(200)
          .header("Content-Type", "application/json")
          .body("{\"padding\":\"" + "x".repeat(4096) + "\"}")
          .cutInBody();
    }
    Reply reply = new Reply(exchange.status());
    if (exchange.responseBody() != null) {
      reply.header("Content-Type", exchange.contentType()).body(exchange.responseBody());
    }
    exchange.responseHeaders().forEach(reply::header);
    if (kind == FaultBook.Kind.DELAY) {
      reply.delay(fault.delay);
    }
    if (kind == FaultBook.Kind.DROP_AFTER_HANDLING) {
      // The request took effect; only the answer is lost (padded so the cut lands inside the body).
      String answered = exchange.responseBody() == null ? "" : exchange.responseBody();
      reply.header("Content-Type", exchange.contentType()).body(answered + " ".repeat(4096)).cutInBody();
    }
    return reply;
  }
}
