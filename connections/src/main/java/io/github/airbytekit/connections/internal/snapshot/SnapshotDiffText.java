package io.github.airbytekit.connections.internal.snapshot;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.connections.SnapshotConnectionDiff;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotDiff.Change;
import io.github.airbytekit.connections.SnapshotStreamDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okio.Buffer;

/** Renders a {@link SnapshotDiff} as JSON for programs and as a table for people. */
public final class SnapshotDiffText {
  private SnapshotDiffText() {}

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
        if (connection.getError() != null) {
          writer.name("error").value(connection.getError());
        }
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
        rows.add(new String[] {id, c.getName(), "connection",
            wire(c.getChange()) + (c.getError() == null ? "" : ": " + c.getError())});
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
