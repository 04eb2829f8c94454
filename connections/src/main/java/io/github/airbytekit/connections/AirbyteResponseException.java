package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteDataException;
import org.jspecify.annotations.Nullable;

/**
 * Airbyte answered with a success status, but not with what the operation needs: the body is not the expected
 * JSON, or a property the code reads is missing. The message names the request, the status, the operation and,
 * for a missing property, the property and its JSON path.
 *
 * <pre>{@code
 * catch (AirbyteResponseException e) {
 *   log.error("{} answered without {} at {}", e.operation(), e.property(), e.jsonPath());
 * }
 * }</pre>
 *
 * <p>Unlike {@link AirbyteApiException}, this is no HTTP error: {@link #statusCode()} is the (successful) status
 * Airbyte sent. A newer or older Airbyte may omit properties airbytekit does not need; only what an operation
 * reads can fail it.
 */
public class AirbyteResponseException extends AirbyteDataException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method; serialized with the exception. */
  private final String method;
  /** The request URL; serialized with the exception. */
  private final String url;
  /** The HTTP status of the answer; serialized with the exception. */
  private final int statusCode;
  /** The operation id, or null; serialized with the exception. */
  private final @Nullable String operation;
  /** The method and path template, or null; serialized with the exception. */
  private final @Nullable String endpoint;
  /** The missing property, or null; serialized with the exception. */
  private final @Nullable String property;

  /**
   * Creates the exception.
   *
   * @param message the message; must not contain secrets
   * @param method the HTTP method, such as {@code GET}
   * @param url the request URL
   * @param statusCode the HTTP status of the answer
   * @param operation the operation id of our OpenAPI document, such as {@code getConnection}, or null
   * @param endpoint the method and path template, such as {@code GET /connections/{connectionId}}, or null
   * @param property the wire name of the missing or unexpected property, or null when the body as a whole is
   *     malformed
   * @param jsonPath the JSON path of the offending value, such as {@code $.workspaceId}, or null
   * @param cause the underlying failure, or null
   */
  public AirbyteResponseException(String message, String method, String url, int statusCode,
      @Nullable String operation, @Nullable String endpoint, @Nullable String property, @Nullable String jsonPath,
      @Nullable Throwable cause) {
    super(message, jsonPath, cause);
    this.method = method;
    this.url = url;
    this.statusCode = statusCode;
    this.operation = operation;
    this.endpoint = endpoint;
    this.property = property;
  }

  /** {@return the HTTP method of the request, such as {@code GET}} */
  public String method() {
    return method;
  }

  /** {@return the URL of the request} */
  public String url() {
    return url;
  }

  /** {@return the HTTP status Airbyte answered with: a success, or -1 when it is not known} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the operation id of our OpenAPI document, such as {@code getConnection}, or null} */
  public @Nullable String operation() {
    return operation;
  }

  /** {@return the method and path template, such as {@code GET /connections/{connectionId}}, or null} */
  public @Nullable String endpoint() {
    return endpoint;
  }

  /** {@return the wire name of the missing or unexpected property, or null when the whole body is malformed} */
  public @Nullable String property() {
    return property;
  }
}
