package io.github.airbytekit.connections;

import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Receives what a workspace does, for metrics and tracing (Micrometer, OpenTelemetry…) without airbytekit depending
 * on them; every method has a no-op default, so implement only what you count. Set with
 * {@link CloudWorkspace.Builder#eventListener(AirbyteEventListener)}.
 *
 * <pre>{@code
 * CloudWorkspace workspace = CloudWorkspace.builder()
 *     .workspaceId(workspaceId)
 *     .clientCredentials(clientId, Secret.of(clientSecret))
 *     .eventListener(new AirbyteEventListener() {
 *       @Override
 *       public void callEnd(String method, String url, int statusCode, Duration took) {
 *         registry.timer("airbyte.calls", "method", method, "status", String.valueOf(statusCode)).record(took);
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Like OkHttp's {@code EventListener}: called on the thread doing the work, so keep it quick; an exception
 * thrown by a method is logged and otherwise ignored. No event carries a secret: no request or response body, no
 * header, and URLs have credential-like query parameters masked.
 */
public interface AirbyteEventListener {
  /** The listener that does nothing (the default). */
  AirbyteEventListener NONE = new AirbyteEventListener() {};

  /**
   * An HTTP request is about to be sent (once per attempt: each retry starts a new call).
   *
   * @param method the HTTP method
   * @param url the URL, credential-like query parameters masked
   */
  default void callStart(String method, String url) {}

  /**
   * An HTTP answer arrived, whatever its status.
   *
   * @param method the HTTP method
   * @param url the URL, credential-like query parameters masked
   * @param statusCode the HTTP status
   * @param took from {@link #callStart} to the answer's headers
   */
  default void callEnd(String method, String url, int statusCode, Duration took) {}

  /**
   * An HTTP request got no answer (connection refused, timeout, broken connection).
   *
   * @param method the HTTP method
   * @param url the URL, credential-like query parameters masked
   * @param failure what went wrong
   * @param took from {@link #callStart} to the failure
   */
  default void callFailed(String method, String url, IOException failure, Duration took) {}

  /**
   * A read is about to be repeated after a retryable answer or failure.
   *
   * @param method the HTTP method
   * @param url the URL, credential-like query parameters masked
   * @param attempt the attempt that just failed (1 for the first)
   * @param delay the pause before the next attempt
   * @param reason such as {@code HTTP 503} or the I/O failure's type
   */
  default void retry(String method, String url, int attempt, Duration delay, String reason) {}

  /**
   * A new access token was obtained with the client credentials (never the token itself).
   *
   * @param lifetime the lifetime Airbyte gave it, or null when it gave none
   */
  default void tokenMinted(@Nullable Duration lifetime) {}

  /**
   * A job being waited for was observed (after every poll).
   *
   * @param connectionId the job's connection
   * @param progress the observation
   */
  default void syncProgress(String connectionId, SyncProgress progress) {}
}
