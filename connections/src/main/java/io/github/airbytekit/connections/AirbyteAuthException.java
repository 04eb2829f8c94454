package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * Airbyte rejected the credentials or token (HTTP 401) or refused access (HTTP 403).
 *
 * <pre>{@code
 * catch (AirbyteAuthException e) { log.error("check AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET"); }
 * }</pre>
 */
public class AirbyteAuthException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   */
  public AirbyteAuthException(int statusCode, String method, String url, @Nullable String problemTitle) {
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
  public AirbyteAuthException(
      int statusCode, String method, String url, @Nullable String problemTitle, @Nullable String problemDetail) {
    super(statusCode, method, url, problemTitle, problemDetail);
  }
}
