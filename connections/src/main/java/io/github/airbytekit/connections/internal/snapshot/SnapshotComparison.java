package io.github.airbytekit.connections.internal.snapshot;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.SnapshotConnectionDiff;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotDiff.Change;
import io.github.airbytekit.connections.SnapshotStreamDiff;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Compares two snapshot directories connection by connection and stream by stream, and renders the result. */
public final class SnapshotComparison {
  private static final JsonAdapter<Object> MAPS = new Moshi.Builder().build().adapter(Object.class);

  private SnapshotComparison() {}

  /** One written connection of a snapshot, read from its files. */
  private record Side(String name, ConnectionState state, @Nullable SyncCatalog catalog, Map<String, Object> settings) {}

  /** Compares {@code before} with {@code after}. */
  public static SnapshotDiff compare(Path before, Path after) {
    Map<String, Side> older = read(before);
    Map<String, Side> newer = read(after);
    Set<String> ids = new TreeSet<>(newer.keySet());
    ids.addAll(older.keySet());
    SnapshotDiff.Builder diff = SnapshotDiff.builder();
    for (String id : ids) {
      diff.addConnections(connection(id, older.get(id), newer.get(id)));
    }
    return diff.build();
  }

  private static SnapshotConnectionDiff connection(String id, @Nullable Side before, @Nullable Side after) {
    SnapshotConnectionDiff.Builder diff = SnapshotConnectionDiff.builder().connectionId(id);
    if (before == null || after == null) {
      return diff.name(after != null ? after.name() : Objects.requireNonNull(before).name())
          .change(after != null ? Change.ADDED : Change.REMOVED)
          .stateTypeChanged(false).sharedStateChanged(false).build();
    }
    boolean typeChanged = !before.state().getStateType().equals(after.state().getStateType());
    boolean sharedChanged = !Objects.equals(shared(before.state()), shared(after.state()));
    List<String> settings = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(after.settings().keySet());
    keys.addAll(before.settings().keySet());
    for (String key : keys) {
      if (!Objects.equals(before.settings().get(key), after.settings().get(key))) {
        settings.add(key);
      }
    }
    List<SnapshotStreamDiff> streams = streams(before, after);
    boolean changed = typeChanged || sharedChanged || !settings.isEmpty() || !streams.isEmpty();
    return diff.name(after.name()).change(changed ? Change.CHANGED : Change.UNCHANGED)
        .stateTypeChanged(typeChanged).sharedStateChanged(sharedChanged)
        .addAllSettings(settings).addAllStreams(streams).build();
  }

  /** What a state holds besides its stream entries. */
  private static List<Object> shared(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    List<Object> shared = new ArrayList<>();
    shared.add(String.valueOf(state.getState()));
    shared.add(global == null ? "" : String.valueOf(global.getSharedState()));
    shared.add(global == null ? Map.of() : global.getAdditionalProperties());
    shared.add(state.getAdditionalProperties());
    return shared;
  }

  private static List<SnapshotStreamDiff> streams(Side before, Side after) {
    Map<StreamId, StreamState> oldStates = states(before.state());
    Map<StreamId, StreamState> newStates = states(after.state());
    Map<StreamId, SyncCatalogEntry> oldEntries = entries(before.catalog());
    Map<StreamId, SyncCatalogEntry> newEntries = entries(after.catalog());
    Set<StreamId> ids = new LinkedHashSet<>(newEntries.keySet());
    ids.addAll(newStates.keySet());
    ids.addAll(oldEntries.keySet());
    ids.addAll(oldStates.keySet());
    List<SnapshotStreamDiff> streams = new ArrayList<>();
    for (StreamId id : ids) {
      Change state = change(oldStates.get(id), newStates.get(id));
      Change catalog = change(oldEntries.get(id), newEntries.get(id));
      if (state != Change.UNCHANGED || catalog != Change.UNCHANGED) {
        streams.add(SnapshotStreamDiff.builder().stream(id.displayName()).state(state).catalog(catalog).build());
      }
    }
    return streams;
  }

  private static Change change(@Nullable Object before, @Nullable Object after) {
    if (before == null) {
      return after == null ? Change.UNCHANGED : Change.ADDED;
    }
    if (after == null) {
      return Change.REMOVED;
    }
    return before.equals(after) ? Change.UNCHANGED : Change.CHANGED;
  }

  private static Map<StreamId, StreamState> states(ConnectionState state) {
    Map<StreamId, StreamState> byId = new LinkedHashMap<>();
    for (StreamState stream : state.streams()) {
      byId.put(stream.id(), stream);
    }
    return byId;
  }

  private static Map<StreamId, SyncCatalogEntry> entries(@Nullable SyncCatalog catalog) {
    Map<StreamId, SyncCatalogEntry> byId = new LinkedHashMap<>();
    if (catalog != null) {
      List<StreamId> ids = catalog.streamIds();
      for (int i = 0; i < ids.size(); i++) {
        byId.put(ids.get(i), catalog.getStreams().get(i));
      }
    }
    return byId;
  }

  /** The written connections of the snapshot in {@code directory}, in manifest order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Side> read(Path directory) {
    Map<String, Object> manifest = object(directory.resolve(Manifest.FILE));
    if (!Manifest.FORMAT.equals(manifest.get("format")) || !(manifest.get("connections") instanceof Map)) {
      throw new AirbyteInputException("Not an airbytekit snapshot: " + directory.resolve(Manifest.FILE));
    }
    Map<String, Side> sides = new LinkedHashMap<>();
    ((Map<String, Object>) manifest.get("connections")).forEach((id, value) -> {
      Map<String, Object> entry = (Map<String, Object>) value;
      if ("written".equals(entry.get("outcome"))) {
        Path catalog = directory.resolve(id + "/catalog.json");
        sides.put(id, new Side(Objects.toString(entry.get("name"), ""),
            AirbyteJson.connectionState().read(text(directory.resolve(id + "/state.json"))),
            Files.exists(catalog) ? AirbyteJson.syncCatalog().read(text(catalog)) : null,
            object(directory.resolve(id + "/settings.json"))));
      }
    });
    return sides;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Path file) {
    Object parsed;
    try {
      parsed = MAPS.fromJson(text(file));
    } catch (IOException | RuntimeException e) {
      throw new AirbyteInputException("Cannot read " + file + " of a snapshot: " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map)) {
      throw new AirbyteInputException("Not a JSON object: " + file);
    }
    return (Map<String, Object>) parsed;
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AirbyteInputException("Cannot read " + file + " of a snapshot: " + e, e);
    }
  }

  /** {@code {"connections": [...]}} with the changed connections only. */
  public static String json(SnapshotDiff diff) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject().name("connections").beginArray();
      for (SnapshotConnectionDiff connection : diff.changed()) {
        writer.beginObject()
            .name("connectionId").value(connection.getConnectionId())
            .name("name").value(connection.getName())
            .name("change").value(wire(connection.getChange()))
            .name("stateTypeChanged").value(connection.isStateTypeChanged())
            .name("sharedStateChanged").value(connection.isSharedStateChanged());
        writer.name("settings").beginArray();
        for (String setting : connection.getSettings()) {
          writer.value(setting);
        }
        writer.endArray().name("streams").beginArray();
        for (SnapshotStreamDiff stream : connection.getStreams()) {
          writer.beginObject().name("stream").value(stream.getStream()).name("state").value(wire(stream.getState()))
              .name("catalog").value(wire(stream.getCatalog())).endObject();
        }
        writer.endArray().endObject();
      }
      writer.endArray().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8() + "\n";
  }

  /** One line per changed thing: connection, name, what, how. */
  public static String table(SnapshotDiff diff) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"CONNECTION", "NAME", "WHAT", "CHANGE"});
    for (SnapshotConnectionDiff c : diff.changed()) {
      String id = c.getConnectionId();
      if (c.getChange() != Change.CHANGED) {
        rows.add(new String[] {id, c.getName(), "connection", wire(c.getChange())});
        continue;
      }
      if (c.isStateTypeChanged()) {
        rows.add(new String[] {id, c.getName(), "state type", "changed"});
      }
      if (c.isSharedStateChanged()) {
        rows.add(new String[] {id, c.getName(), "shared state", "changed"});
      }
      for (String setting : c.getSettings()) {
        rows.add(new String[] {id, c.getName(), "setting " + setting, "changed"});
      }
      for (SnapshotStreamDiff s : c.getStreams()) {
        rows.add(new String[] {id, c.getName(), "stream " + s.getStream(),
            "state " + wire(s.getState()) + ", catalog " + wire(s.getCatalog())});
      }
    }
    if (rows.size() == 1) {
      return "No differences.\n";
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        table.append(i < 3 ? String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row[i]) : row[i]);
      }
      table.append('\n');
    }
    return table.toString();
  }

  private static String wire(Change change) {
    return change.name().toLowerCase(Locale.ROOT);
  }
}
