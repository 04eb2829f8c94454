package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteInputException;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Resolution of the public API, Config API and web roots, as PyAirbyte resolves them (plus fixes). */
public final class ApiRoots {
  /** Airbyte Cloud's public API root. */
  public static final String CLOUD_API_ROOT = "https://api.airbyte.com/v1";
  /** Airbyte Cloud's Config API root. */
  public static final String CLOUD_CONFIG_API_ROOT = "https://cloud.airbyte.com/api/v1";
  /** Airbyte Cloud's web UI root. */
  public static final String CLOUD_WEB_ROOT = "https://cloud.airbyte.com";
  private static final String SELF_MANAGED_PUBLIC_SUFFIX = "/api/public/v1";

  private ApiRoots() {}

  /** Strips every trailing {@code /} and checks that {@code root} is an http(s) URL. */
  public static String normalize(String option, String root) {
    String stripped = stripTrailingSlashes(root.trim());
    if (HttpUrl.parse(stripped) == null) {
      throw new AirbyteInputException(option + " must be an http or https URL, was '" + root + "'.");
    }
    return stripped;
  }

  static String stripTrailingSlashes(String value) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '/') {
      end--;
    }
    return value.substring(0, end);
  }

  /**
   * Resolves the Config API root: the explicit value, else the Cloud default for the Cloud public root, else
   * {@code …/api/public/v1} becomes {@code …/api/v1}; otherwise {@code null} (the caller reports
   * {@link #unresolvableConfigRootMessage(String)} when it needs the root).
   */
  public static @Nullable String resolveConfigRoot(@Nullable String explicit, String apiRoot) {
    if (explicit != null && !explicit.isBlank()) {
      return normalize("configApiRoot", explicit);
    }
    String api = stripTrailingSlashes(apiRoot);
    if (api.equals(CLOUD_API_ROOT)) {
      return CLOUD_CONFIG_API_ROOT;
    }
    if (api.endsWith(SELF_MANAGED_PUBLIC_SUFFIX)) {
      return api.substring(0, api.length() - SELF_MANAGED_PUBLIC_SUFFIX.length()) + "/api/v1";
    }
    return null;
  }

  /** The error text for a public root from which no Config API root can be derived. */
  public static String unresolvableConfigRootMessage(String apiRoot) {
    return "Cannot derive the Config API root from the public API root '" + apiRoot
        + "' (it is neither " + CLOUD_API_ROOT + " nor ends with " + SELF_MANAGED_PUBLIC_SUFFIX
        + "). Set CloudWorkspace.builder().configApiRoot(…), or AIRBYTE_CONFIG_API_ROOT (or"
        + " AIRBYTE_CLOUD_CONFIG_API_URL) with CloudWorkspace.fromEnvironment().";
  }

  /**
   * The web UI root: explicit value; {@value #CLOUD_WEB_ROOT} for the Cloud API; otherwise the API root's
   * scheme, host and port, keeping a path prefix in front of {@code /api/public/v1} (deployments under a
   * sub-path) — never the API root itself.
   */
  public static String resolveWebRoot(@Nullable String explicit, String apiRoot) {
    if (explicit != null && !explicit.isBlank()) {
      return normalize("webUrlRoot", explicit);
    }
    String api = stripTrailingSlashes(apiRoot);
    if (api.equals(CLOUD_API_ROOT)) {
      return CLOUD_WEB_ROOT;
    }
    HttpUrl url = HttpUrl.get(api);
    String origin = url.scheme() + "://" + url.host()
        + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    String path = url.encodedPath();
    int suffix = path.endsWith(SELF_MANAGED_PUBLIC_SUFFIX) ? path.length() - SELF_MANAGED_PUBLIC_SUFFIX.length() : -1;
    return suffix > 0 ? origin + path.substring(0, suffix) : origin;
  }
}
