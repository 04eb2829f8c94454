package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * Airbyte kept answering HTTP 429 (too many requests) after every retry allowed by the {@link RetryPolicy}.
 *
 * <pre>{@code
 * catch (AirbyteRateLimitException e) { throttle(); }
 * }</pre>
 */
public class AirbyteRateLimitException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   */
  public AirbyteRateLimitException(int statusCode, String method, String url, @Nullable String problemTitle) {
    super(statusCode, method, url, problemTitle);
  }

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}, with Airbyte's
   * problem detail.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   * @param problemDetail Airbyte's problem detail, if any
   */
  public AirbyteRateLimitException(
      int statusCode, String method, String url, @Nullable String problemTitle, @Nullable String problemDetail) {
    super(statusCode, method, url, problemTitle, problemDetail);
  }
}
