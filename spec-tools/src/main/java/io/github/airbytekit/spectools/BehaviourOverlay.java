package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written input of the profiles, {@code behaviour.yaml}: the versions they cover (release date,
 * where the upstream documents come from) and facts about server behaviour that no document states, each
 * with a value for every version.
 *
 * <pre>{@code
 * versions:
 *   - {version: "1.4.0", released: "2025-01-17", derivedFrom: "airbyte-platform v1.4.0: ..."}
 *   - {version: latest, released: null, derivedFrom: "airbyte-platform main: ..."}
 * behaviour:
 *   jobListDefaultJobTypes:
 *     "1.4.0": [sync, reset]
 *     latest: [sync, reset, refresh, clear]
 * }</pre>
 */
final class BehaviourOverlay {
  /**
   * One version the profiles cover.
   *
   * @param released its release date ({@code yyyy-MM-dd}), null for latest
   */
  record Version(String version, @Nullable String released, String derivedFrom) {}

  private final String location;
  private final List<Version> versions;
  private final Map<String, Map<String, @Nullable Object>> behaviour;

  private BehaviourOverlay(String location, List<Version> versions, Map<String, Map<String, @Nullable Object>> behaviour) {
    this.location = location;
    this.versions = List.copyOf(versions);
    this.behaviour = behaviour;
  }

  /**
   * Reads and checks the file: every version named once, every behaviour key with a value for each.
   *
   * @throws IllegalArgumentException naming the file and the entry that is wrong
   */
  static BehaviourOverlay load(String location) {
    Map<String, Object> root = OpenApiDocument.parseTree(location, OpenApiDocument.read(location));
    List<Version> versions = new ArrayList<>();
    int index = 0;
    for (Object node : Nodes.list(root.get("versions"))) {
      Map<String, Object> map = Nodes.map(node);
      String version = Nodes.string(map.get("version"));
      String derivedFrom = Nodes.string(map.get("derivedFrom"));
      if (version == null || derivedFrom == null) {
        throw new IllegalArgumentException(location + ": versions[" + index + "] needs version and derivedFrom");
      }
      if (versions.stream().anyMatch(v -> v.version().equals(version))) {
        throw new IllegalArgumentException(location + ": version " + version + " is listed twice");
      }
      versions.add(new Version(version, Nodes.string(map.get("released")), derivedFrom));
      index++;
    }
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(location + ": no versions listed");
    }
    Map<String, Map<String, @Nullable Object>> behaviour = new TreeMap<>();
    for (Map.Entry<String, Object> e : Nodes.map(root.get("behaviour")).entrySet()) {
      Map<String, Object> perVersion = Nodes.map(e.getValue());
      Map<String, @Nullable Object> values = new LinkedHashMap<>();
      for (Version v : versions) {
        if (!perVersion.containsKey(v.version())) {
          throw new IllegalArgumentException(location + ": behaviour " + e.getKey() + " has no value for version "
              + v.version() + " (every key needs one per listed version)");
        }
        values.put(v.version(), plain(perVersion.get(v.version())));
      }
      for (String key : perVersion.keySet()) {
        if (!values.containsKey(key)) {
          throw new IllegalArgumentException(location + ": behaviour " + e.getKey() + " names version " + key
              + ", which is not listed under versions");
        }
      }
      behaviour.put(e.getKey(), values);
    }
    return new BehaviourOverlay(location, versions, behaviour);
  }

  /** The YAML tree with list nulls as real nulls, ready for {@link Json}. */
  private static @Nullable Object plain(@Nullable Object node) {
    if (node == Nodes.NULL) {
      return null;
    }
    if (node instanceof Map<?, ?>) {
      Map<String, @Nullable Object> out = new TreeMap<>();
      Nodes.map(node).forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    if (node instanceof List<?>) {
      List<@Nullable Object> out = new ArrayList<>();
      Nodes.list(node).forEach(v -> out.add(plain(v)));
      return out;
    }
    return node;
  }

  String location() {
    return location;
  }

  /** The versions, in the order listed. */
  List<Version> versions() {
    return versions;
  }

  /** Every behaviour key with its value for one version. */
  Map<String, @Nullable Object> behaviour(String version) {
    Map<String, @Nullable Object> out = new TreeMap<>();
    behaviour.forEach((key, values) -> out.put(key, values.get(version)));
    return out;
  }
}
