package io.github.airbytekit.connections.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The workspace settings found in environment variables, each under its short name or its long
 * {@code AIRBYTE_CLOUD_*} name (the short one wins); blank values count as unset.
 *
 * @param workspaceId {@code AIRBYTE_WORKSPACE_ID} / {@code AIRBYTE_CLOUD_WORKSPACE_ID}
 * @param clientId {@code AIRBYTE_CLIENT_ID} / {@code AIRBYTE_CLOUD_CLIENT_ID}
 * @param clientSecret {@code AIRBYTE_CLIENT_SECRET} / {@code AIRBYTE_CLOUD_CLIENT_SECRET}
 * @param bearerToken {@code AIRBYTE_BEARER_TOKEN} / {@code AIRBYTE_CLOUD_BEARER_TOKEN}
 * @param apiRoot {@code AIRBYTE_API_ROOT} / {@code AIRBYTE_CLOUD_API_URL}
 * @param configApiRoot {@code AIRBYTE_CONFIG_API_ROOT} / {@code AIRBYTE_CLOUD_CONFIG_API_URL}
 * @param airbyteVersion {@code AIRBYTE_VERSION}
 */
public record EnvironmentSettings(@Nullable String workspaceId, @Nullable String clientId,
    @Nullable String clientSecret, @Nullable String bearerToken, @Nullable String apiRoot,
    @Nullable String configApiRoot, @Nullable String airbyteVersion) {

  /** Reads the settings from {@code environment} (variable names to values). */
  public static EnvironmentSettings of(Map<String, String> environment) {
    return new EnvironmentSettings(
        read(environment, "AIRBYTE_WORKSPACE_ID", "AIRBYTE_CLOUD_WORKSPACE_ID"),
        read(environment, "AIRBYTE_CLIENT_ID", "AIRBYTE_CLOUD_CLIENT_ID"),
        read(environment, "AIRBYTE_CLIENT_SECRET", "AIRBYTE_CLOUD_CLIENT_SECRET"),
        read(environment, "AIRBYTE_BEARER_TOKEN", "AIRBYTE_CLOUD_BEARER_TOKEN"),
        read(environment, "AIRBYTE_API_ROOT", "AIRBYTE_CLOUD_API_URL"),
        read(environment, "AIRBYTE_CONFIG_API_ROOT", "AIRBYTE_CLOUD_CONFIG_API_URL"),
        read(environment, "AIRBYTE_VERSION"));
  }

  private static @Nullable String read(Map<String, String> environment, String... names) {
    for (String name : names) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }
}
