package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteAuthException;
import io.github.airbytekit.connections.AirbyteNotFoundException;
import io.github.airbytekit.connections.AirbyteRateLimitException;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Turns an HTTP error response into the matching {@link AirbyteApiException}, without headers or bodies. */
public final class HttpErrors {
  private static final long MAX_PROBLEM_BYTES = 64 * 1024;
  private static final int MAX_TITLE_CHARS = 300;

  private HttpErrors() {}

  /** The exception for an error status {@code code} with {@code body} (read, not closed). */
  public static AirbyteApiException toException(Request request, int code, @Nullable ResponseBody body) {
    String method = request.method();
    String url = redact(request);
    String title = problemTitle(body);
    switch (code) {
      case 401:
      case 403:
        return new AirbyteAuthException(code, method, url, title);
      case 404:
        return new AirbyteNotFoundException(code, method, url, title);
      case 429:
        return new AirbyteRateLimitException(code, method, url, title);
      default:
        return new AirbyteApiException(code, method, url, title);
    }
  }

  /** The URL as shown in messages: no user info (query strings carry only ids here). */
  public static String redact(Request request) {
    return request.url().newBuilder().username("").password("").build().toString();
  }

  /**
   * Airbyte's problem {@code title} (public API, RFC 7807 style), else the Config API's {@code message};
   * nothing else of the body is kept.
   */
  static @Nullable String problemTitle(@Nullable ResponseBody body) {
    if (body == null) {
      return null;
    }
    try {
      Buffer buffer = new Buffer();
      body.source().read(buffer, MAX_PROBLEM_BYTES);
      JsonReader reader = JsonReader.of(buffer);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      String title = null;
      String message = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (reader.peek() == JsonReader.Token.STRING && (name.equals("title") || name.equals("message"))) {
          if (name.equals("title")) {
            title = reader.nextString();
          } else {
            message = reader.nextString();
          }
        } else {
          reader.skipValue();
        }
      }
      String chosen = title != null ? title : message;
      return chosen == null || chosen.length() <= MAX_TITLE_CHARS ? chosen : chosen.substring(0, MAX_TITLE_CHARS) + "…";
    } catch (IOException | RuntimeException notAProblemDocument) {
      return null;
    }
  }
}
