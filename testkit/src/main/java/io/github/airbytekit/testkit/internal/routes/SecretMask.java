package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.internal.JsonTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A connector configuration as Airbyte serves it: every secret replaced by {@value #MASK}. Airbyte masks what the
 * connector's specification declares {@code airbyte_secret}; the fake has no specifications and masks the string
 * values of properties whose names look like secrets, at any depth: names containing {@code password},
 * {@code passphrase}, {@code secret}, {@code token}, {@code api_key}/{@code apiKey}, {@code access_key},
 * {@code private_key}, {@code ssh_key}, or starting with {@code credentials} (e.g. {@code credentials_json}).
 * Inside a {@code credentials} object the same rule applies, so its {@code auth_type} stays readable.
 */
final class SecretMask {
  /** What Airbyte sends instead of a secret, and reads back as "unchanged". */
  static final String MASK = "**********";

  private static final List<String> SECRET_PARTS = List.of(
      "password", "passphrase", "secret", "token", "api_key", "apikey", "access_key", "private_key", "ssh_key");

  private SecretMask() {}

  /** Returns {@code configuration} with its secrets masked; the stored value is not changed. */
  static RawJson mask(RawJson configuration) {
    if (!configuration.isObject()) {
      return configuration;
    }
    return RawJson.of(JsonTree.write(masked(JsonTree.parse(configuration.toJson()))));
  }

  private static Object masked(Object value) {
    Map<String, Object> object = JsonTree.object(value);
    if (object != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      object.forEach((name, child) ->
          out.put(name, JsonTree.string(child) != null && isSecret(name) ? JsonTree.string(MASK) : masked(child)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      JsonTree.array(value).forEach(item -> out.add(masked(item)));
      return out;
    }
    return value;
  }

  /** Whether a property of this name holds a secret: {@code apiKey} and {@code api-key} read as {@code api_key}. */
  static boolean isSecret(String name) {
    String normalized = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toLowerCase(Locale.ROOT);
    return normalized.startsWith("credentials") || SECRET_PARTS.stream().anyMatch(normalized::contains);
  }
}
