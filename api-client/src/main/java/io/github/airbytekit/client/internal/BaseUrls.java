package io.github.airbytekit.client.internal;

import java.util.Objects;
import okhttp3.HttpUrl;

/** Turns the API roots users write into the base URLs Retrofit needs. */
public final class BaseUrls {

  private BaseUrls() {
  }

  /**
   * Public API: the root users write ({@code https://api.airbyte.com/v1},
   * {@code http://host:8000/api/public/v1}) is the base; generated paths are relative to it.
   *
   * @param root the public API root, with or without a trailing slash
   * @return the root with exactly one trailing slash
   */
  public static HttpUrl publicApi(String root) {
    return withTrailingSlash(parse(root, "public API root"));
  }

  /**
   * Config API: generated paths start with {@code v1/}, so the base is the root users write
   * ({@code https://cloud.airbyte.com/api/v1}, {@code http://host:8000/api/v1}) without its last
   * {@code v1} segment.
   *
   * @param root the Config API root, ending in {@code /v1} (a trailing slash is fine)
   * @return the parent of the {@code v1} segment, ending with a slash
   * @throws IllegalArgumentException when the root does not end in {@code /v1}
   */
  public static HttpUrl configApi(String root) {
    HttpUrl url = parse(root, "Config API root");
    String path = url.encodedPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.endsWith("/v1")) {
      throw new IllegalArgumentException(
          "Config API root must end in /v1, like https://cloud.airbyte.com/api/v1, but was " + redact(url));
    }
    return url.newBuilder().encodedPath(path.substring(0, path.length() - "v1".length())).build();
  }

  private static HttpUrl parse(String root, String what) {
    Objects.requireNonNull(root, what + " == null");
    HttpUrl url = HttpUrl.parse(root.trim());
    if (url == null) {
      throw new IllegalArgumentException(what + " is not an http(s) URL: " + root);
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(what + " must not have a query or fragment: " + redact(url));
    }
    return url;
  }

  private static HttpUrl withTrailingSlash(HttpUrl url) {
    String path = url.encodedPath();
    return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
  }

  /** User info may hold credentials; keep it out of messages. */
  private static String redact(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }
}
