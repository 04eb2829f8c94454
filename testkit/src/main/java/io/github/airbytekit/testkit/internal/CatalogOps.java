package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Catalog and state edits the server performs: deriving the public {@code configurations} from
 * the sync catalog, applying a PATCH's {@code configurations} to it, and finding which streams a
 * catalog update changes. Works on lossless {@link JsonTree}s so every other property survives.
 */
final class CatalogOps {
  private CatalogOps() {}

  /** Stream identity: name plus namespace (null is its own value). */
  static final class StreamKey {
    final String name;
    final @Nullable String namespace;

    StreamKey(String name, @Nullable String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof StreamKey
          && ((StreamKey) o).name.equals(name)
          && Objects.equals(((StreamKey) o).namespace, namespace);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, namespace);
    }

    @Override
    public String toString() {
      return namespace == null ? name : namespace + "." + name;
    }
  }

  private static final String[][] FUSED = {
    {"full_refresh", "overwrite", "full_refresh_overwrite"},
    {"full_refresh", "overwrite_dedup", "full_refresh_overwrite_deduped"},
    {"full_refresh", "append", "full_refresh_append"},
    {"full_refresh", "update", "full_refresh_update"},
    {"full_refresh", "soft_delete", "full_refresh_soft_delete"},
    {"incremental", "append", "incremental_append"},
    {"incremental", "append_dedup", "incremental_deduped_history"},
    {"incremental", "update", "incremental_update"},
    {"incremental", "soft_delete", "incremental_soft_delete"},
  };

  static List<Map<String, Object>> entries(Object catalogTree) {
    List<Map<String, Object>> result = new ArrayList<>();
    Map<String, Object> catalog = JsonTree.object(catalogTree);
    if (catalog == null) {
      return result;
    }
    for (Object entry : JsonTree.array(catalog.get("streams"))) {
      Map<String, Object> map = JsonTree.object(entry);
      if (map != null) {
        result.add(map);
      }
    }
    return result;
  }

  static Map<String, Object> part(Map<String, Object> entry, String name) {
    Map<String, Object> part = JsonTree.object(entry.get(name));
    if (part == null) {
      part = new LinkedHashMap<>();
      entry.put(name, part);
    }
    return part;
  }

  static StreamKey key(Map<String, Object> entry) {
    Map<String, Object> stream = part(entry, "stream");
    String name = JsonTree.string(stream.get("name"));
    return new StreamKey(name == null ? "" : name, JsonTree.string(stream.get("namespace")));
  }

  static boolean selected(Map<String, Object> entry) {
    Object selected = part(entry, "config").get("selected");
    // A config without `selected` counts as selected: seeds often leave it out.
    return selected == null || !(selected instanceof RawJson) || !((RawJson) selected).toJson().equals("false");
  }

  /** The public API's view of the selected streams. */
  static StreamConfigurations configurations(SyncCatalog catalog) {
    List<StreamConfiguration> streams = new ArrayList<>();
    for (Map<String, Object> entry : entries(JsonTree.parse(Json.write(SyncCatalog.class, catalog)))) {
      if (!selected(entry)) {
        continue;
      }
      StreamKey key = key(entry);
      Map<String, Object> config = part(entry, "config");
      StreamConfiguration.Builder stream = StreamConfiguration.builder().name(key.name).namespace(key.namespace);
      String fused =
          fuse(JsonTree.string(config.get("syncMode")), JsonTree.string(config.get("destinationSyncMode")));
      if (fused != null) {
        stream.syncMode(ConnectionSyncMode.of(fused));
      }
      List<String> cursor = JsonTree.stringList(config.get("cursorField"));
      if (!cursor.isEmpty()) {
        stream.cursorField(cursor);
      }
      List<List<String>> primaryKey = new ArrayList<>();
      for (Object path : JsonTree.array(config.get("primaryKey"))) {
        primaryKey.add(JsonTree.stringList(path));
      }
      if (!primaryKey.isEmpty()) {
        stream.primaryKey(primaryKey);
      }
      streams.add(stream.build());
    }
    return new StreamConfigurations().streams(streams);
  }

  static @Nullable String fuse(@Nullable String syncMode, @Nullable String destinationSyncMode) {
    for (String[] row : FUSED) {
      if (row[0].equals(syncMode) && row[1].equals(destinationSyncMode)) {
        return row[2];
      }
    }
    return null;
  }

  static String[] split(String fused) {
    for (String[] row : FUSED) {
      if (row[2].equals(fused)) {
        return row;
      }
    }
    throw HttpProblem.badRequest("Unknown syncMode: " + fused);
  }

  /**
   * Applies a PATCH's {@code configurations}: the listed streams become the selected ones, with
   * their sync mode, cursor and primary key; every other stream is deselected.
   */
  static SyncCatalog apply(SyncCatalog catalog, StreamConfigurations configurations) {
    Object tree = JsonTree.parse(Json.write(SyncCatalog.class, catalog));
    List<Map<String, Object>> entries = entries(tree);
    List<StreamConfiguration> requested =
        configurations.getStreams() == null ? List.of() : configurations.getStreams();
    // Identity: the entries are edited (and so re-hashed) after being chosen.
    Set<Map<String, Object>> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<StreamKey> seen = new HashSet<>();
    for (StreamConfiguration stream : requested) {
      String name = stream.getName();
      if (name == null) {
        throw HttpProblem.badRequest("configurations.streams[].name is required");
      }
      Map<String, Object> match = null;
      for (Map<String, Object> entry : entries) {
        StreamKey key = key(entry);
        if (key.name.equals(name)
            && (stream.getNamespace() == null || Objects.equals(stream.getNamespace(), key.namespace))) {
          if (match != null) {
            throw HttpProblem.badRequest(
                "Stream " + name + " exists in several namespaces; give configurations.streams[].namespace");
          }
          match = entry;
        }
      }
      if (match == null) {
        throw HttpProblem.badRequest("Invalid stream found in configuration: " + name);
      }
      if (!seen.add(key(match))) {
        throw HttpProblem.badRequest("Duplicate stream found in configuration for: " + name);
      }
      chosen.add(match);
      Map<String, Object> config = part(match, "config");
      String fused = OpenValue.wireValueOf(stream.getSyncMode());
      if (fused != null) {
        String[] modes = split(fused);
        List<String> supported = JsonTree.stringList(part(match, "stream").get("supportedSyncModes"));
        if (!supported.isEmpty() && !supported.contains(modes[0])) {
          throw HttpProblem.badRequest(
              "Cannot set syncMode to " + fused + " for stream " + name + "; it supports " + supported);
        }
        config.put("syncMode", JsonTree.string(modes[0]));
        config.put("destinationSyncMode", JsonTree.string(modes[1]));
      }
      putCursorAndKey(config, stream);
    }
    for (Map<String, Object> entry : entries) {
      part(entry, "config").put("selected", JsonTree.bool(chosen.contains(entry)));
    }
    return Json.parse(JsonTree.write(tree), SyncCatalog.class);
  }

  /** Copies a requested stream's cursor and primary key, when given, into a stream config. */
  private static void putCursorAndKey(Map<String, Object> config, StreamConfiguration stream) {
    if (stream.getCursorField() != null) {
      config.put("cursorField", JsonTree.strings(stream.getCursorField()));
    }
    if (stream.getPrimaryKey() != null) {
      List<Object> keys = new ArrayList<>();
      for (List<String> path : stream.getPrimaryKey()) {
        keys.add(JsonTree.strings(path));
      }
      config.put("primaryKey", keys);
    }
  }

  /** A catalog made of the streams a create request lists, as if discovery had found them. */
  static SyncCatalog fromConfigurations(@Nullable StreamConfigurations configurations) {
    List<Object> streams = new ArrayList<>();
    if (configurations != null && configurations.getStreams() != null) {
      for (StreamConfiguration stream : configurations.getStreams()) {
        if (stream.getName() == null) {
          throw HttpProblem.badRequest("configurations.streams[].name is required");
        }
        Map<String, Object> airbyteStream = new LinkedHashMap<>();
        airbyteStream.put("name", JsonTree.string(stream.getName()));
        if (stream.getNamespace() != null) {
          airbyteStream.put("namespace", JsonTree.string(stream.getNamespace()));
        }
        airbyteStream.put("jsonSchema", RawJson.of("{\"type\":\"object\",\"properties\":{}}"));
        airbyteStream.put("supportedSyncModes", JsonTree.strings(List.of("full_refresh", "incremental")));
        Map<String, Object> config = new LinkedHashMap<>();
        String[] modes =
            split(stream.getSyncMode() == null ? "full_refresh_overwrite" : stream.getSyncMode().wireValue());
        config.put("syncMode", JsonTree.string(modes[0]));
        config.put("destinationSyncMode", JsonTree.string(modes[1]));
        putCursorAndKey(config, stream);
        config.put("selected", JsonTree.bool(true));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("stream", airbyteStream);
        entry.put("config", config);
        streams.add(entry);
      }
    }
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("streams", streams);
    return Json.parse(JsonTree.write(catalog), SyncCatalog.class);
  }

  /**
   * Streams whose data a catalog update invalidates: selected in the new catalog and newly
   * selected, or with a different sync mode, destination sync mode, cursor or primary key.
   */
  static List<StreamKey> changedStreams(SyncCatalog before, SyncCatalog after) {
    Map<StreamKey, Map<String, Object>> old = new LinkedHashMap<>();
    for (Map<String, Object> entry : entries(JsonTree.parse(Json.write(SyncCatalog.class, before)))) {
      old.put(key(entry), entry);
    }
    List<StreamKey> changed = new ArrayList<>();
    for (Map<String, Object> entry : entries(JsonTree.parse(Json.write(SyncCatalog.class, after)))) {
      if (!selected(entry)) {
        continue;
      }
      StreamKey key = key(entry);
      Map<String, Object> previous = old.get(key);
      if (previous == null || !selected(previous) || !sameSyncSettings(part(previous, "config"), part(entry, "config"))) {
        changed.add(key);
      }
    }
    return changed;
  }

  private static boolean sameSyncSettings(Map<String, Object> a, Map<String, Object> b) {
    for (String name : List.of("syncMode", "destinationSyncMode", "cursorField", "primaryKey")) {
      String left = a.get(name) == null ? "null" : JsonTree.write(a.get(name));
      String right = b.get(name) == null ? "null" : JsonTree.write(b.get(name));
      if (!left.equals(right)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The state after clearing {@code streams}: their entries are removed; a legacy state (which
   * cannot be split by stream) is cleared entirely. Returns null for "nothing saved".
   */
  static @Nullable ConnectionState clear(@Nullable ConnectionState state, List<StreamKey> streams) {
    if (state == null || streams.isEmpty()) {
      return state;
    }
    Map<String, Object> tree = JsonTree.object(JsonTree.parse(Json.write(ConnectionState.class, state)));
    if (tree == null) {
      return null;
    }
    String type = JsonTree.string(tree.get("stateType"));
    if ("legacy".equals(type)) {
      return null;
    }
    List<Object> list;
    if ("global".equals(type)) {
      Map<String, Object> global = JsonTree.object(tree.get("globalState"));
      list = global == null ? new ArrayList<>() : JsonTree.array(global.get("streamStates"));
    } else {
      list = JsonTree.array(tree.get("streamState"));
    }
    list.removeIf(
        item -> {
          Map<String, Object> descriptor = JsonTree.object(JsonTree.object(item) == null ? null : JsonTree.object(item).get("streamDescriptor"));
          if (descriptor == null) {
            return false;
          }
          String name = JsonTree.string(descriptor.get("name"));
          return streams.contains(new StreamKey(name == null ? "" : name, JsonTree.string(descriptor.get("namespace"))));
        });
    if ("stream".equals(type) && list.isEmpty()) {
      return null;
    }
    return Json.parse(JsonTree.write(tree), ConnectionState.class);
  }
}
