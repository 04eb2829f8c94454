package io.github.airbytekit.testkit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake received, recorded as an immutable snapshot without secrets: the {@code
 * Authorization} header is masked and the client secret of token requests is replaced by {@code
 * "**********"}.
 *
 * <pre>{@code
 * RecordedCall call = server.requests().matching("POST /api/public/v1/jobs").last().orElseThrow();
 * assertThat(call.body()).contains("\"jobType\":\"sync\"");
 * }</pre>
 */
public final class RecordedCall {
  private final long sequence;
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final int responseStatus;
  private final Instant receivedAt;

  RecordedCall(
      long sequence,
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      int responseStatus,
      Instant receivedAt) {
    this.sequence = sequence;
    this.method = method;
    this.path = path;
    this.query = copy(query);
    this.headers = copy(headers);
    this.body = body;
    this.responseStatus = responseStatus;
    this.receivedAt = receivedAt;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Position of this request in the journal, starting at 0 after each reset.
   *
   * @return the position in the journal
   */
  public long sequence() {
    return sequence;
  }

  /**
   * HTTP method, upper case.
   *
   * @return HTTP method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Decoded path without the query, e.g. {@code /api/public/v1/jobs/12}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Query parameters in arrival order; repeated names keep every value.
   *
   * @return query parameters in arrival order; repeated names keep every value
   */
  public Map<String, List<String>> query() {
    return query;
  }

  /**
   * Returns the first value of query parameter {@code name}, or null when absent.
   *
   * @param name the name
   * @return the first value of query parameter {@code name}, or null when absent
   */
  public @Nullable String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Request headers with lower-case names; credentials are masked.
   *
   * @return request headers with lower-case names; credentials are masked
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of header {@code name} (case-insensitive), or null.
   *
   * @param name the name
   * @return the first value of header {@code name} (case-insensitive), or null
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Request body as UTF-8 text (empty when there was none), secrets masked.
   *
   * @return request body as UTF-8 text (empty when there was none), secrets masked
   */
  public String body() {
    return body;
  }

  /**
   * Status code the fake answered with; 0 when the connection was dropped on purpose.
   *
   * @return status code the fake answered with; 0 when the connection was dropped on purpose
   */
  public int responseStatus() {
    return responseStatus;
  }

  /**
   * When the request arrived, by the server's clock.
   *
   * @return when the request arrived, by the server's clock
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns {@code "METHOD /path"}, the form patterns are matched against.
   *
   * @return {@code "METHOD /path"}, the form patterns are matched against
   */
  public String requestLine() {
    return method + " " + path;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RecordedCall)) {
      return false;
    }
    RecordedCall that = (RecordedCall) o;
    return sequence == that.sequence
        && responseStatus == that.responseStatus
        && method.equals(that.method)
        && path.equals(that.path)
        && query.equals(that.query)
        && headers.equals(that.headers)
        && body.equals(that.body)
        && receivedAt.equals(that.receivedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, method, path, query, responseStatus);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method).append(' ').append(path);
    if (!query.isEmpty()) {
      StringBuilder q = new StringBuilder();
      query.forEach((k, vs) -> vs.forEach(v -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v)));
      text.append(q);
    }
    return text.append(" -> ").append(responseStatus).toString();
  }
}
