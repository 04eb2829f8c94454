package io.github.airbytekit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites the library's advice, which names Java methods, in the command line's terms: its flags and
 * environment variables.
 */
final class CliWording {
  private static final String CREDENTIALS = "pass --client-id and --client-secret (or set AIRBYTE_CLIENT_ID and"
      + " AIRBYTE_CLIENT_SECRET), or --bearer-token (AIRBYTE_BEARER_TOKEN)";
  private static final String WORKSPACE = "pass --workspace-id (or set AIRBYTE_WORKSPACE_ID)";

  /** Library phrase → command-line phrase, in the order they are tried. */
  private static final Map<String, String> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put("pass safeMode=false", "pass --force");
    PHRASES.put("call clientCredentials(id, secret) or bearerToken(token)", CREDENTIALS);
    PHRASES.put("set AIRBYTE_BEARER_TOKEN, or both AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET (or their"
        + " AIRBYTE_CLOUD_* names)", CREDENTIALS);
    PHRASES.put("call workspaceId(…)", WORKSPACE);
    PHRASES.put("set workspaceId(…)", WORKSPACE);
    PHRASES.put("Set CloudWorkspace.builder().configApiRoot(…), or AIRBYTE_CONFIG_API_ROOT (or"
        + " AIRBYTE_CLOUD_CONFIG_API_URL) with CloudWorkspace.fromEnvironment()",
        "Pass --config-api-url (or set AIRBYTE_CONFIG_API_ROOT)");
  }

  private CliWording() {}

  /** {@code message} with every Java-worded piece of advice replaced. */
  static String of(String message) {
    String result = message;
    for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
      result = result.replace(phrase.getKey(), phrase.getValue());
    }
    return result;
  }
}
