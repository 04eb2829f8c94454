package io.github.airbytekit.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Definition ids of seeded connectors: Airbyte's registry ids (the {@code definitionId} of each connector's
 * {@code metadata.yaml} in airbytehq/airbyte) for the types the fake's seeds use, a stable id derived from the
 * type for any other.
 */
public final class ConnectorDefinitions {
  private static final Map<String, String> REGISTRY = Map.of(
      "source-stripe", "e094cb9a-26de-4645-8761-65c0c425d1de",
      "source-postgres", "decd338e-5647-4c0b-adf4-da0e75f5a750",
      "source-mysql", "435bb9a5-7887-4809-aa58-28c27df0d7ad",
      "source-faker", "dfd88b22-b603-4c3d-aad7-3701784586b1",
      "destination-bigquery", "22f6c74f-5699-40ff-833c-4a879ea40133",
      "destination-local-json", "a625d593-bba5-4a1c-a53d-2d246268a816");

  private ConnectorDefinitions() {}

  /** The connector type whose registry id is {@code definitionId}, or null when the fake does not know it. */
  public static @Nullable String type(String kind, String definitionId) {
    for (Map.Entry<String, String> entry : REGISTRY.entrySet()) {
      if (entry.getValue().equalsIgnoreCase(definitionId) && entry.getKey().startsWith(kind + "-")) {
        return entry.getKey().substring(kind.length() + 1);
      }
    }
    return null;
  }

  /**
   * The definition id of a connector type.
   *
   * @param kind {@code source} or {@code destination}
   * @param type the connector type, e.g. {@code postgres}
   */
  public static String id(String kind, String type) {
    String registered = REGISTRY.get(kind + "-" + type);
    return registered != null
        ? registered
        : UUID.nameUUIDFromBytes(type.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
