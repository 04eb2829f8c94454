package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.MissingPropertyException;
import io.github.airbytekit.connections.AirbyteResponseException;
import io.github.airbytekit.connections.AirbyteWriteUnconfirmedException;
import java.io.EOFException;
import org.jspecify.annotations.Nullable;

/**
 * The {@link AirbyteResponseException}s of a successful answer that is not what the operation needs. After a write
 * that Airbyte accepted (a 2xx status came back) they are {@link AirbyteWriteUnconfirmedException}s: the change
 * was made, only the answer is unusable.
 */
public final class ResponseFailures {
  static final String WRITTEN = "written; the answer could not be read";

  private ResponseFailures() {}

  /** The body is not the expected JSON (syntax, types, or a domain value that cannot be read). */
  static AirbyteResponseException malformed(CallInfo call, int status, @Nullable String jsonPath, Exception cause) {
    return of(call, status, " with a body that is not the expected JSON (" + cause.getMessage() + ")", null,
        jsonPath, cause);
  }

  /**
   * The body ended before its JSON did: a truncated answer ({@code length} bytes, -1 if unknown), or a connection
   * closed in its middle.
   */
  static AirbyteResponseException truncated(CallInfo call, int status, long length, @Nullable String jsonPath,
      Exception cause) {
    String at = jsonPath != null ? jsonPath
        : !(cause instanceof EOFException || cause.getCause() instanceof EOFException) ? "a lost connection"
        : length >= 0 ? "byte " + length : "the end of the body";
    return of(call, status, ": response is not JSON (truncated at " + at + ")", null, jsonPath, cause);
  }

  /** The answer has no body at all. */
  static AirbyteResponseException noBody(CallInfo call, int status) {
    return of(call, status, " without a body", null, null, null);
  }

  /** A required property the code reads is absent or null. */
  static AirbyteResponseException missing(CallInfo call, int status, MissingPropertyException cause) {
    return of(call, status, " without '" + cause.property() + "' at " + cause.jsonPath() + " (required by "
        + cause.model() + ")", cause.property(), cause.jsonPath(), cause);
  }

  /** A property has a value the code cannot use. */
  public static AirbyteResponseException unexpected(CallInfo call, int status, String property, String problem) {
    return of(call, status, ": " + problem, property, "$." + property, null);
  }

  private static AirbyteResponseException of(CallInfo call, int status, String what, @Nullable String property,
      @Nullable String jsonPath, @Nullable Throwable cause) {
    String request = call.method() + " " + call.url() + " (" + call.describe() + ")";
    String answer = "answered HTTP " + (status < 0 ? "2xx" : String.valueOf(status)) + what;
    if (call.write() && status >= 200 && status < 300) {
      return new AirbyteWriteUnconfirmedException(request + ": " + WRITTEN + ": " + answer,
          call.method(), call.url(), status, call.operation(), call.endpoint(), property, jsonPath, cause);
    }
    return new AirbyteResponseException(request + " " + answer, call.method(), call.url(), status,
        call.operation(), call.endpoint(), property, jsonPath, cause);
  }
}
