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

/**
 * Turns an HTTP error response into the matching {@link AirbyteApiException}, without headers or bodies:
 * only the problem document's {@code title} (or the Config API's {@code message}) and {@code detail} are kept.
 */
public final class HttpErrors {
  private static final long MAX_PROBLEM_BYTES = 64 * 1024;
  private static final int MAX_TITLE_CHARS = 300;
  private static final int MAX_DETAIL_CHARS = 1000;

  private HttpErrors() {}

  /** The exception for an error status {@code code} with {@code body} (read, not closed). */
  public static AirbyteApiException toException(Request request, int code, @Nullable ResponseBody body) {
    String method = request.method();
    String url = redact(request);
    Problem problem = problem(body);
    String title = problem.title;
    String detail = problem.detail;
    switch (code) {
      case 401:
      case 403:
        return new AirbyteAuthException(code, method, url, title, detail);
      case 404:
        return new AirbyteNotFoundException(code, method, url, title, detail);
      case 429:
        return new AirbyteRateLimitException(code, method, url, title, detail);
      default:
        return new AirbyteApiException(code, method, url, title, detail);
    }
  }

  /** The two texts kept from a problem document. */
  static final class Problem {
    static final Problem NONE = new Problem(null, null);
    final @Nullable String title;
    final @Nullable String detail;

    Problem(@Nullable String title, @Nullable String detail) {
      this.title = title;
      this.detail = detail;
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
    return problem(body).title;
  }

  /**
   * Airbyte's problem {@code title} (else the Config API's {@code message}) and {@code detail}, each
   * shortened; nothing else of the body is kept.
   */
  static Problem problem(@Nullable ResponseBody body) {
    if (body == null) {
      return Problem.NONE;
    }
    try {
      Buffer buffer = new Buffer();
      body.source().read(buffer, MAX_PROBLEM_BYTES);
      JsonReader reader = JsonReader.of(buffer);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return Problem.NONE;
      }
      String title = null;
      String message = null;
      String detail = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (reader.peek() == JsonReader.Token.STRING
            && (name.equals("title") || name.equals("message") || name.equals("detail"))) {
          if (name.equals("title")) {
            title = reader.nextString();
          } else if (name.equals("message")) {
            message = reader.nextString();
          } else {
            detail = reader.nextString();
          }
        } else {
          reader.skipValue();
        }
      }
      return new Problem(shorten(title != null ? title : message, MAX_TITLE_CHARS),
          shorten(detail, MAX_DETAIL_CHARS));
    } catch (IOException | RuntimeException notAProblemDocument) {
      return Problem.NONE;
    }
  }

  private static @Nullable String shorten(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
