package io.github.airbytekit.connections;

import org.jspecify.annotations.Nullable;

/**
 * A write reached Airbyte and was accepted (a success status came back), but its answer could not be read: the
 * body is truncated, not JSON, or lacks what the operation reads. The change was made; only its confirmation is
 * missing. Never retry such a write blindly: read the current value back instead.
 *
 * <pre>{@code
 * try {
 *   connection.importRawConnectionState(state);
 * } catch (AirbyteWriteUnconfirmedException e) {
 *   ConnectionState stored = connection.dumpRawConnectionState(); // the write happened; see what is stored
 * }
 * }</pre>
 *
 * <p>A subtype of {@link AirbyteResponseException} (and so of the data exceptions), because it is an answer the
 * operation cannot use; unlike its parent it says the request took effect. The message reads
 * {@code "POST … (operation): written; the answer could not be read: answered HTTP 200 …"}.
 */
public class AirbyteWriteUnconfirmedException extends AirbyteResponseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message; must not contain secrets
   * @param method the HTTP method, such as {@code POST}
   * @param url the request URL
   * @param statusCode the (successful) HTTP status of the answer
   * @param operation the operation id of our OpenAPI document, or null
   * @param endpoint the method and path template, or null
   * @param property the wire name of the missing or unexpected property, or null
   * @param jsonPath the JSON path of the offending value, or null
   * @param cause the underlying failure, or null
   */
  public AirbyteWriteUnconfirmedException(String message, String method, String url, int statusCode,
      @Nullable String operation, @Nullable String endpoint, @Nullable String property, @Nullable String jsonPath,
      @Nullable Throwable cause) {
    super(message, method, url, statusCode, operation, endpoint, property, jsonPath, cause);
  }
}
