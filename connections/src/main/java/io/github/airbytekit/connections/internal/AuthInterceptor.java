package io.github.airbytekit.connections.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer …}; on a 401 with a refreshable token source it fetches a new token
 * once and repeats the request once (a 401 means the server did not act on it, so even writes are safe).
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenSource tokens;

  /** Authorizes every request with a token from {@code tokens}. */
  public AuthInterceptor(TokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String token = tokens.token();
    Response response = chain.proceed(authorized(request, token));
    if (response.code() != 401 || !tokens.canRefresh()) {
      return response;
    }
    response.close();
    tokens.invalidate(token);
    return chain.proceed(authorized(request, tokens.token()));
  }

  private static Request authorized(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }
}
