package io.github.airbytekit.cli;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Supplies global option defaults from environment variables. An injected map (not
 * {@code System.getenv()}) keeps tests hermetic.
 */
final class EnvDefaults implements CommandLine.IDefaultValueProvider {
  /** Option long name to environment variables, the first one set wins. */
  static final Map<String, List<String>> VARIABLES =
      Map.of(
          "--api-url", List.of("AIRBYTE_API_ROOT"),
          "--config-api-url", List.of("AIRBYTE_CONFIG_API_ROOT", "AIRBYTE_CLOUD_CONFIG_API_URL"),
          "--client-id", List.of("AIRBYTE_CLIENT_ID"),
          "--client-secret", List.of("AIRBYTE_CLIENT_SECRET"),
          "--bearer-token", List.of("AIRBYTE_BEARER_TOKEN"),
          "--workspace-id", List.of("AIRBYTE_WORKSPACE_ID"),
          "--airbyte-version", List.of("AIRBYTE_VERSION"),
          "--read-timeout", List.of("AIRBYTE_READ_TIMEOUT"));

  private final Map<String, String> env;

  EnvDefaults(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public @Nullable String defaultValue(CommandLine.Model.ArgSpec argSpec) {
    if (!(argSpec instanceof CommandLine.Model.OptionSpec)) {
      return null;
    }
    List<String> variables = VARIABLES.get(((CommandLine.Model.OptionSpec) argSpec).longestName());
    if (variables == null) {
      return null;
    }
    for (String variable : variables) {
      String value = env.get(variable);
      // An empty variable counts as unset, so `AIRBYTE_BEARER_TOKEN= airbytekit …` clears it.
      if (value != null && !value.isEmpty()) {
        // picocli expands ${...} in default values; a secret may contain "${", so escape it.
        return value.replace("${", "$${");
      }
    }
    return null;
  }
}
