package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import java.io.IOException;

/**
 * A request did not get an HTTP response: connection refused, reset, or timed out (after any retries
 * allowed for that request).
 *
 * <pre>{@code
 * catch (AirbyteTransportException e) { log.warn("Airbyte unreachable: {}", e.getMessage()); }
 * }</pre>
 */
public class AirbyteTransportException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /** The method. */
  private final String method;
  /** The url. */
  private final String url;

  /**
   * Wraps the I/O failure of {@code method url}.
   *
   * @param method the HTTP method
   * @param url the request URL
   * @param cause the underlying failure
   */
  public AirbyteTransportException(String method, String url, IOException cause) {
    super(method + " " + url + " failed: " + cause, cause);
    this.method = method;
    this.url = url;
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return method;
  }

  /** {@return the URL of the failed request} */
  public String url() {
    return url;
  }
}
