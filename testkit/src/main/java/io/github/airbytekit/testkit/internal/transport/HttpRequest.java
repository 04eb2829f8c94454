package io.github.airbytekit.testkit.internal.transport;

import io.github.airbytekit.testkit.internal.http.RequestHeaders;

/**
 * One request as read from the socket.
 *
 * @param method the method as sent (e.g. {@code GET})
 * @param target the request target as sent, still encoded (e.g. {@code /api/v1/jobs?x=1})
 * @param version the protocol version as sent (e.g. {@code HTTP/1.1})
 * @param headers the header lines in arrival order
 * @param body the body, after chunked decoding; empty when there is none
 */
record HttpRequest(String method, String target, String version, RequestHeaders headers, byte[] body) {
  /** Whether the client asks to keep the connection open after this exchange. */
  boolean keepAlive() {
    String connection = headers.get("Connection");
    if ("HTTP/1.0".equals(version)) {
      return connection != null && connection.equalsIgnoreCase("keep-alive");
    }
    return connection == null || !connection.equalsIgnoreCase("close");
  }
}
