package io.github.airbytekit.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** One parsed request and what to answer; handlers fill in the reply. */
public final class Exchange {
  public final String method;
  public final String path;
  public final HttpUrl url;
  public final Map<String, List<String>> query;
  public final Headers headers;
  public final String body;

  int status = 200;
  @Nullable String responseBody;
  String contentType = "application/json";
  final Map<String, String> responseHeaders = new LinkedHashMap<>();

  Exchange(String method, String path, HttpUrl url, Headers headers, String body) {
    this.method = method;
    this.path = path;
    this.url = url;
    this.headers = headers;
    this.body = body;
    Map<String, List<String>> q = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      List<String> values = new java.util.ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      q.put(name, List.copyOf(values));
    }
    this.query = q;
  }

  public @Nullable String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a list parameter, accepting both repeated and comma-separated forms. */
  public List<String> queryList(String name) {
    List<String> result = new java.util.ArrayList<>();
    for (String value : query.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
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
}
