package io.github.airbytekit.connections.internal;

import java.util.List;
import okhttp3.Request;

/**
 * Which requests only read: they may be retried, and a 423 on them is no refused write. The Config API sends
 * everything as {@code POST}, so its reads are known by path.
 */
public final class Idempotency {
  private static final List<String> READING_POST_SUFFIXES =
      List.of("/state/get", "/web_backend/connections/get", "/jobs/get", "/applications/token");

  private Idempotency() {}

  /** Whether {@code request} may be sent again without changing anything on the server. */
  public static boolean isRead(Request request) {
    String method = request.method();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    if (method.equals("POST")) {
      String path = request.url().encodedPath();
      for (String suffix : READING_POST_SUFFIXES) {
        if (path.endsWith(suffix)) {
          return true;
        }
      }
    }
    return false;
  }
}
