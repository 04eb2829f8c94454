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
  private final ThreadLocal<int[]> last = ThreadLocal.withInitial(() -> new int[] {UNKNOWN});

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    last.get()[0] = response.code();
    return response;
  }

  /** Forgets the status before a new call. */
  void clear() {
    last.get()[0] = UNKNOWN;
  }

  /** The status of the last answer on this thread, or -1. */
  int last() {
    return last.get()[0];
  }
}
