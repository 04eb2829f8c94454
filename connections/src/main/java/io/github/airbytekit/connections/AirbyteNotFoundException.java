package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * The resource does not exist (HTTP 404), or is not visible to these credentials.
 *
 * <pre>{@code
 * catch (AirbyteNotFoundException e) { log.error("wrong connection id?"); }
 * }</pre>
 */
public class AirbyteNotFoundException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   */
  public AirbyteNotFoundException(int statusCode, String method, String url, @Nullable String problemTitle) {
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
  public AirbyteNotFoundException(
      int statusCode, String method, String url, @Nullable String problemTitle, @Nullable String problemDetail) {
    super(statusCode, method, url, problemTitle, problemDetail);
  }
}
