package io.github.airbytekit.testkit.internal.mockwebserver;

import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.RequestPipeline;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.RequestHeaders;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.ByteString;

/**
 * The MockWebServer transport: turns a {@link RecordedRequest} into an {@link Exchange}, lets the
 * {@link RequestPipeline} answer it, and writes the answer with the fault's socket effect. The only class that
 * touches {@code mockwebserver3}.
 */
public final class FakeDispatcher extends Dispatcher {
  private final RequestPipeline pipeline;
  private final Runnable forgetRecorded;

  /**
   * @param forgetRecorded drops MockWebServer's own copy of the requests, which it would otherwise keep forever
   *     (the fake has its own journal)
   */
  public FakeDispatcher(RequestPipeline pipeline, Runnable forgetRecorded) {
    this.pipeline = pipeline;
    this.forgetRecorded = forgetRecorded;
  }

  /**
   * Never throws and never leaves the thread interrupted: MockWebServer abandons a connection whose dispatch
   * throws, and an interrupted thread cannot write (okio refuses), both without closing the socket, so the client
   * would wait for its read timeout with no answer at all.
   */
  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      forgetRecorded.run();
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
    RequestHeaders.Builder headers = RequestHeaders.builder();
    Headers raw = request.getHeaders();
    for (int i = 0; i < raw.size(); i++) {
      headers.add(raw.name(i), raw.value(i));
    }
    ByteString body = request.getBody();
    Exchange exchange =
        new Exchange(
            request.getMethod().toUpperCase(Locale.ROOT),
            request.getUrl().toString(),
            headers.build(),
            body == null ? "" : body.utf8());
    FaultBook.Fault fault = pipeline.process(exchange);
    FaultBook.Kind kind = fault == null ? null : fault.kind;
    if (kind == FaultBook.Kind.DROP) {
      return new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "application/json")
          .body("{\"padding\":\"" + "x".repeat(4096) + "\"}")
          .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
          .build();
    }
    MockResponse.Builder builder = new MockResponse.Builder().code(exchange.status());
    if (exchange.responseBody() != null) {
      builder.setHeader("Content-Type", exchange.contentType()).body(exchange.responseBody());
    }
    exchange.responseHeaders().forEach(builder::setHeader);
    if (kind == FaultBook.Kind.DELAY) {
      builder.headersDelay(fault.delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    if (kind == FaultBook.Kind.DROP_AFTER_HANDLING) {
      // The request took effect; only the answer is lost (padded so the cut lands inside the body).
      String answered = exchange.responseBody() == null ? "" : exchange.responseBody();
      builder
          .setHeader("Content-Type", exchange.contentType())
          .body(answered + " ".repeat(4096))
          .onResponseBody(new SocketEffect.CloseSocket(true, false, false));
    }
    return builder.build();
  }
}
