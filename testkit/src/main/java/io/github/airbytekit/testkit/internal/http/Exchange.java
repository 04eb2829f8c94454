package io.github.airbytekit.testkit.internal.http;

import io.github.airbytekit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request and the answer being built for it, independent of the HTTP server that carries it: the route layer
 * sees only this.
 */
public final class Exchange {
  private final String method;
  private final String path;
  private final String urlWithoutQuery;
  private final @Nullable String encodedQuery;
  private final Map<String, List<String>> query;
  private final RequestHeaders headers;
  private final String body;
  private Map<String, String> pathParameters = Map.of();

  private int status = 200;
  private @Nullable String responseBody;
  private String contentType = "application/json";
  private final Map<String, String> responseHeaders = new LinkedHashMap<>();

  /**
   * @param method the request method, upper case
   * @param url the absolute request URL, encoded as received (e.g. {@code http://127.0.0.1:8000/api/v1/jobs?x=1})
   */
  public Exchange(String method, String url, RequestHeaders headers, String body) {
    this.method = method;
    int queryStart = url.indexOf('?');
    this.urlWithoutQuery = queryStart < 0 ? url : url.substring(0, queryStart);
    this.encodedQuery = queryStart < 0 ? null : url.substring(queryStart + 1);
    int authority = urlWithoutQuery.indexOf("//");
    int pathStart = urlWithoutQuery.indexOf('/', authority < 0 ? 0 : authority + 2);
    this.path = UrlCodec.decodePath(pathStart < 0 ? "/" : urlWithoutQuery.substring(pathStart));
    this.query = UrlCodec.parseQuery(encodedQuery);
    this.headers = headers;
    this.body = body;
  }

  public String method() {
    return method;
  }

  /** The decoded path, e.g. {@code /api/public/v1/connections/9924bcd0-…}. */
  public String path() {
    return path;
  }

  /** Query parameters, decoded, in order; a parameter without value has {@code ""}. */
  public Map<String, List<String>> query() {
    return query;
  }

  public RequestHeaders headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  void pathParameters(Map<String, String> parameters) {
    this.pathParameters = Map.copyOf(parameters);
  }

  /** The path parameters of the matched route by name (empty before routing). */
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  /** The value of path parameter {@code name} of the matched route, e.g. {@code connectionId}. */
  public String pathParameter(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return value;
  }

  public @Nullable String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a list parameter, accepting both repeated and comma-separated forms. */
  public List<String> queryList(String name) {
    List<String> result = new ArrayList<>();
    for (String value : query.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }

  /** This request's absolute URL with {@code limit} and {@code offset} set, for paging links. */
  public String urlWithPage(int limit, int offset) {
    String paged = UrlCodec.withParameter(encodedQuery, "limit", Integer.toString(limit));
    return urlWithoutQuery + "?" + UrlCodec.withParameter(paged, "offset", Integer.toString(offset));
  }

  public void json(int status, String body) {
    this.status = status;
    this.responseBody = body;
    this.contentType = "application/json";
  }

  public void ok(Object model) {
    json(200, Json.write(model));
  }

  public void noContent() {
    this.status = 204;
    this.responseBody = null;
  }

  public int status() {
    return status;
  }

  public @Nullable String responseBody() {
    return responseBody;
  }

  /** Replaces the body, keeping status and content type (used to shape it to an Airbyte version). */
  public void responseBody(String body) {
    this.responseBody = body;
  }

  public String contentType() {
    return contentType;
  }

  public void contentType(String contentType) {
    this.contentType = contentType;
  }

  /** Response headers besides {@code Content-Type}, in the order set. */
  public Map<String, String> responseHeaders() {
    return responseHeaders;
  }
}
