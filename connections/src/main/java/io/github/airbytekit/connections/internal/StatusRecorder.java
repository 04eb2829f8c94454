package io.github.airbytekit.connections.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers, per thread, the status of the last answer. Retrofit drops the status when a success body cannot be
 * converted; the gateway reads it here so the error says what Airbyte really answered. Calls run synchronously on
 * the caller's thread, and this interceptor is the outermost of the library's, so the value is the final answer
 * of the call just made.
 */
public final class StatusRecorder implements Interceptor {
  private static final int UNKNOWN = -1;
  private final ThreadLocal<long[]> last = ThreadLocal.withInitial(() -> new long[] {UNKNOWN, UNKNOWN});

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    long[] seen = last.get();
    seen[0] = response.code();
    seen[1] = response.body() == null ? UNKNOWN : response.body().contentLength();
    return response;
  }

  /** Forgets the status before a new call. */
  void clear() {
    last.get()[0] = UNKNOWN;
    last.get()[1] = UNKNOWN;
  }

  /** The {@code Content-Length} of the last answer on this thread, or -1 when it had none. */
  long lastLength() {
    return last.get()[1];
  }

  /** The status of the last answer on this thread, or -1. */
  int last() {
    return (int) last.get()[0];
  }
}
