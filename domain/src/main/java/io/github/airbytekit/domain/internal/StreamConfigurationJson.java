package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.StreamConfiguration;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads and writes the public API's per-stream configuration; unknown properties are kept in order. */
public final class StreamConfigurationJson {
  private StreamConfigurationJson() {}

  public static StreamConfiguration read(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamConfiguration.Builder b = StreamConfiguration.builder();
    String streamName = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "name":
          streamName = Reads.string(reader);
          break;
        case "namespace":
          b.namespace(Reads.string(reader));
          break;
        case "syncMode":
          b.syncMode(syncMode(reader));
          break;
        case "cursorField":
          b.cursorField(Reads.strings(reader));
          break;
        case "primaryKey":
          b.primaryKey(Reads.paths(reader));
          break;
        case "selectedFields":
          b.selectedFields(reader.nextRaw());
          break;
        case "mappers":
          b.mappers(reader.nextRaw());
          break;
        case "destinationObjectName":
          b.destinationObjectName(Reads.string(reader));
          break;
        case "includeFiles":
          b.includeFiles(Reads.bool(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.name(m.require("name", streamName)).build();
  }

  private static @Nullable ConnectionSyncMode syncMode(ByteIn reader) throws IOException {
    String mode = Reads.string(reader);
    return mode == null ? null : ConnectionSyncMode.of(mode);
  }

  public static void write(JsonWriter writer, StreamConfiguration v) throws IOException {
    writer.beginObject();
    writer.name("name").value(v.getName());
    Writes.string(writer, "namespace", v.getNamespace());
    Writes.string(writer, "syncMode", OpenValue.wireValueOf(v.getSyncMode()));
    Writes.strings(writer, "cursorField", v.getCursorField());
    Writes.paths(writer, "primaryKey", v.getPrimaryKey());
    Writes.raw(writer, "selectedFields", v.getSelectedFields());
    Writes.raw(writer, "mappers", v.getMappers());
    Writes.string(writer, "destinationObjectName", v.getDestinationObjectName());
    Writes.bool(writer, "includeFiles", v.isIncludeFiles());
    Writes.additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }
}
