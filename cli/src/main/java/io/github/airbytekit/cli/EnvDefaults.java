package io.github.airbytekit.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Supplies global option defaults from environment variables. An injected map (not
 * {@code System.getenv()}) keeps tests hermetic.
 */
final class EnvDefaults implements CommandLine.IDefaultValueProvider {
  /** Option long name to environment variable. */
  static final Map<String, String> VARIABLES =
      Map.of(
          "--api-url", "AIRBYTE_API_ROOT",
          "--config-api-url", "AIRBYTE_CONFIG_API_ROOT",
          "--client-id", "AIRBYTE_CLIENT_ID",
          "--client-secret", "AIRBYTE_CLIENT_SECRET",
          "--bearer-token", "AIRBYTE_BEARER_TOKEN",
          "--workspace-id", "AIRBYTE_WORKSPACE_ID");

  private final Map<String, String> env;

  EnvDefaults(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public @Nullable String defaultValue(CommandLine.Model.ArgSpec argSpec) {
    if (!(argSpec instanceof CommandLine.Model.OptionSpec)) {
      return null;
    }
    String variable = VARIABLES.get(((CommandLine.Model.OptionSpec) argSpec).longestName());
    if (variable == null) {
      return null;
    }
    String value = env.get(variable);
    // An empty variable counts as unset, so `AIRBYTE_BEARER_TOKEN= airbytekit …` clears it.
    if (value == null || value.isEmpty()) {
      return null;
    }
    // picocli expands ${...} in default values; a secret may contain "${", so escape it.
    return value.replace("${", "$${");
  }
}
