package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteEventListener;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one DEBUG line per HTTP attempt (method, masked URL, status, duration: never headers or bodies) and
 * reports it to the event listener. Sits inside the retry interceptor, so each attempt is one call.
 */
public final class CallEventsInterceptor implements Interceptor {
  private final AirbyteEventListener events;

  /** Reports every attempt to {@code events}. */
  public CallEventsInterceptor(AirbyteEventListener events) {
    this.events = events;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String method = request.method();
    String url = Redaction.url(request.url());
    events.callStart(method, url);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      Logs.HTTP.debug("{} {} failed after {} ms: {}", method, url, took.toMillis(), e.toString());
      events.callFailed(method, url, e, took);
      throw e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Logs.HTTP.debug("{} {} -> {} ({} ms)", method, url, response.code(), took.toMillis());
    events.callEnd(method, url, response.code(), took);
    return response;
  }
}
