package io.github.airbytekit.connections.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Identifies this library to Airbyte unless the caller set a User-Agent of its own. */
public final class UserAgentInterceptor implements Interceptor {
  /** Sent as {@code User-Agent} on every request. */
  public static final String USER_AGENT = "airbytekit-java/0.1";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("User-Agent") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("User-Agent", USER_AGENT).build());
  }
}
