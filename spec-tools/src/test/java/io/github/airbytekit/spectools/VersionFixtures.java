package io.github.airbytekit.spectools;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The version fixtures under src/test/resources/versions: our public document, an upstream directory with
 * v1.2.0, v1.10.0 and latest, and an overlay.
 */
final class VersionFixtures {
  private VersionFixtures() {}

  static Path ours() {
    return Pairs.resource("versions/ours.yaml");
  }

  static Path upstream() {
    return Pairs.resource("versions/upstream/airbyte-public-api.yaml").getParent();
  }

  static Path overlay() {
    return Pairs.resource("versions/behaviour.yaml");
  }

  /** Every generated file, from our public document only. */
  static SortedMap<String, String> generate() {
    return ProfileGenerator.generate(upstream(), BehaviourOverlay.load(overlay().toString()),
        Map.of("public", OpenApiDocument.load(ours().toString())));
  }

  /** A generated file parsed back into maps and lists (JSON is YAML). */
  @SuppressWarnings("unchecked") // the parsed JSON is a tree of plain maps and lists
  static Map<String, Object> parse(String json) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
  }
}
