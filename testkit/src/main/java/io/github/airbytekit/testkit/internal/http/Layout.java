package io.github.airbytekit.testkit.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Where the APIs live on the fake's host. Routes are declared relative to the roots, so a layout needs no route
 * changes.
 */
public final class Layout {
  /** Public API under {@code /api/public/v1}, Config API under {@code /api/v1}. */
  public static final Layout SELF_MANAGED = new Layout("/api/public/v1", "/api/v1");

  /** Airbyte Cloud's paths on one host: public API under {@code /v1}, Config API under {@code /api/v1}. */
  public static final Layout CLOUD = new Layout("/v1", "/api/v1");

  private final String publicRoot;
  private final String configRoot;

  private Layout(String publicRoot, String configRoot) {
    this.publicRoot = publicRoot;
    this.configRoot = configRoot;
  }

  public String root(Api api) {
    return api == Api.PUBLIC ? publicRoot : configRoot;
  }

  /** The API {@code path} belongs to, or null when it is under neither root. */
  public @Nullable Api apiOf(String path) {
    if (path.equals(publicRoot) || path.startsWith(publicRoot + "/")) {
      return Api.PUBLIC;
    }
    return path.startsWith(configRoot + "/") ? Api.CONFIG : null;
  }
}
