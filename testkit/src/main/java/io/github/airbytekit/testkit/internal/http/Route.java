package io.github.airbytekit.testkit.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation of an API: method and path template (relative to the API's root, with {@code {param}} segments),
 * the {@code operationId} and response schema name it has in airbytekit's openapi/ documents, and its handler.
 */
public final class Route {
  private final Api api;
  private final String method;
  private final String template;
  private final String[] segments;
  private final String operationId;
  private final @Nullable String responseSchema;
  private final boolean authenticated;
  private final Handler handler;

  Route(
      Api api,
      String method,
      String template,
      String operationId,
      @Nullable String responseSchema,
      boolean authenticated,
      Handler handler) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a template starts with /: " + template);
    }
    this.api = api;
    this.method = method;
    this.template = template;
    this.segments = template.substring(1).split("/", -1);
    this.operationId = operationId;
    this.responseSchema = responseSchema;
    this.authenticated = authenticated;
    this.handler = handler;
  }

  public Api api() {
    return api;
  }

  public String method() {
    return method;
  }

  /** The path template relative to the API root, e.g. {@code /connections/{connectionId}}. */
  public String template() {
    return template;
  }

  public String operationId() {
    return operationId;
  }

  /** The schema name of the success body in our openapi/ documents, or null for an answer without body. */
  public @Nullable String responseSchema() {
    return responseSchema;
  }

  /** Whether the route needs a bearer token (everything but the token endpoint). */
  public boolean authenticated() {
    return authenticated;
  }

  public Handler handler() {
    return handler;
  }

  /** The path parameters when {@code relativePath} fits the template, else null. */
  @Nullable Map<String, String> match(String relativePath) {
    String[] parts = relativePath.length() <= 1 ? new String[] {""} : relativePath.substring(1).split("/", -1);
    if (parts.length != segments.length) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
      } else if (!segment.equals(parts[i])) {
        return null;
      }
    }
    return parameters;
  }

  @Override
  public String toString() {
    return method + " " + template + " (" + operationId + ")";
  }
}
