package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;
import org.jspecify.annotations.Nullable;

/**
 * Airbyte answered with an HTTP error status. The message names the method, the URL, the status,
 * Airbyte's problem title and, when sent, its problem {@code detail} (such as why a cron expression or limit
 * was rejected); it never contains headers, tokens or request bodies.
 *
 * <pre>{@code
 * catch (AirbyteApiException e) {
 *   if (e.statusCode() == 422) { ... }
 * }
 * }</pre>
 *
 * <p>Subtypes exist for the statuses callers handle differently: {@link AirbyteAuthException} (401, 403),
 * {@link AirbyteNotFoundException} (404), {@link SyncAlreadyRunningException} (409),
 * {@link ConnectionSyncActiveException} (423) and {@link AirbyteRateLimitException} (429).
 */
public class AirbyteApiException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /** The status code. */
  private final int statusCode;
  /** The method. */
  private final String method;
  /** The url. */
  private final String url;
  /** The problem title. */
  private final @Nullable String problemTitle;
  /** The problem detail. */
  private final @Nullable String problemDetail;

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   */
  public AirbyteApiException(int statusCode, String method, String url, @Nullable String problemTitle) {
    this(statusCode, method, url, problemTitle, null);
  }

  /**
   * Creates an exception for a response with {@code statusCode} to {@code method url}, with Airbyte's
   * problem detail appended to the message.
   *
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   * @param problemDetail Airbyte's problem detail, if any
   */
  public AirbyteApiException(
      int statusCode, String method, String url, @Nullable String problemTitle, @Nullable String problemDetail) {
    this(message(statusCode, method, url, problemTitle, problemDetail), statusCode, method, url, problemTitle,
        problemDetail, null);
  }

  /**
   * Creates an exception with a custom message; used by subtypes that add context.
   *
   * @param message the message
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   * @param cause the underlying failure
   */
  protected AirbyteApiException(
      String message,
      int statusCode,
      String method,
      String url,
      @Nullable String problemTitle,
      @Nullable Throwable cause) {
    this(message, statusCode, method, url, problemTitle, null, cause);
  }

  /**
   * Creates an exception with a custom message and Airbyte's problem detail.
   *
   * @param message the message
   * @param statusCode the HTTP status code
   * @param method the HTTP method
   * @param url the request URL
   * @param problemTitle Airbyte's problem title, if any
   * @param problemDetail Airbyte's problem detail, if any
   * @param cause the underlying failure
   */
  protected AirbyteApiException(
      String message,
      int statusCode,
      String method,
      String url,
      @Nullable String problemTitle,
      @Nullable String problemDetail,
      @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.method = method;
    this.url = url;
    this.problemTitle = problemTitle;
    this.problemDetail = problemDetail;
  }

  /**
   * Copies the fields of {@code from} under a new message, keeping it as the cause.
   *
   * @param message the message
   * @param from the exception whose fields are copied
   */
  protected AirbyteApiException(String message, AirbyteApiException from) {
    this(message, from.statusCode, from.method, from.url, from.problemTitle, from.problemDetail, from);
  }

  static String message(
      int statusCode, String method, String url, @Nullable String problemTitle, @Nullable String problemDetail) {
    boolean hasTitle = problemTitle != null && !problemTitle.isBlank();
    // A detail that only repeats the title adds nothing.
    boolean hasDetail = problemDetail != null && !problemDetail.isBlank()
        && !(hasTitle && problemDetail.equals(problemTitle));
    return method + " " + url + " failed with HTTP " + statusCode
        + (hasTitle ? ": " + problemTitle : "")
        + (hasDetail ? (hasTitle ? " - " : ": ") + problemDetail : "");
  }

  /** {@return the HTTP status code such as 404} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the HTTP method of the request, such as {@code GET}} */
  public String method() {
    return method;
  }

  /** {@return the URL of the request} */
  public String url() {
    return url;
  }

  /** {@return the {@code title} of Airbyte's problem response, or null when it sent none} */
  public @Nullable String problemTitle() {
    return problemTitle;
  }

  /**
   * The {@code detail} of Airbyte's problem response (RFC 7807), when it sent one: usually why the request
   * was refused.
   *
   * @return the detail, or null when Airbyte sent none
   */
  public @Nullable String problemDetail() {
    return problemDetail;
  }
}
