package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.MissingPropertyException;
import io.github.airbytekit.connections.AirbyteResponseException;
import org.jspecify.annotations.Nullable;

/** The {@link AirbyteResponseException}s of a successful answer that is not what the operation needs. */
public final class ResponseFailures {
  private ResponseFailures() {}

  /** The body is not the expected JSON (syntax, types, or a domain value that cannot be read). */
  static AirbyteResponseException malformed(CallInfo call, int status, @Nullable String jsonPath, Exception cause) {
    return new AirbyteResponseException(prefix(call, status) + " with a body that is not the expected JSON ("
        + cause.getMessage() + ")", call.method(), call.url(), status, call.operation(), call.endpoint(), null,
        jsonPath, cause);
  }

  /** The answer has no body at all. */
  static AirbyteResponseException noBody(CallInfo call, int status) {
    return new AirbyteResponseException(prefix(call, status) + " without a body", call.method(), call.url(), status,
        call.operation(), call.endpoint(), null, null, null);
  }

  /** A required property the code reads is absent or null. */
  static AirbyteResponseException missing(CallInfo call, int status, MissingPropertyException cause) {
    return new AirbyteResponseException(prefix(call, status) + " without '" + cause.property() + "' at "
        + cause.jsonPath() + " (required by " + cause.model() + ")", call.method(), call.url(), status,
        call.operation(), call.endpoint(), cause.property(), cause.jsonPath(), cause);
  }

  /** A property has a value the code cannot use. */
  public static AirbyteResponseException unexpected(CallInfo call, int status, String property, String problem) {
    return new AirbyteResponseException(prefix(call, status) + ": " + problem, call.method(), call.url(), status,
        call.operation(), call.endpoint(), property, "$." + property, null);
  }

  private static String prefix(CallInfo call, int status) {
    return call.method() + " " + call.url() + " (" + call.describe() + ") answered HTTP "
        + (status < 0 ? "2xx" : String.valueOf(status));
  }
}
