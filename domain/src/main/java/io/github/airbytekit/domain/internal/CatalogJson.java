package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteStream;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConfiguredAirbyteStream;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads and writes catalogs in both forms. Schemas are copied verbatim; unknown properties are kept in order. */
public final class CatalogJson {
  private CatalogJson() {}

  // ---- Config API form ----

  public static SyncCatalog readSyncCatalog(ByteIn reader) throws IOException {
    SyncCatalog.Builder b = SyncCatalog.builder();
    return b.addAllStreams(readStreams(reader, CatalogJson::readEntry, b::putAdditionalProperties)).build();
  }

  public static void writeSyncCatalog(JsonWriter writer, SyncCatalog value) throws IOException {
    writeStreams(writer, value.getStreams(), CatalogJson::writeEntry, value.getAdditionalProperties());
  }

  public static SyncCatalogEntry readEntry(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    SyncCatalogEntry.Builder b = SyncCatalogEntry.builder();
    CatalogStream stream = null;
    StreamConfig config = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream":
          stream = Reads.nullable(reader, CatalogJson::readCatalogStream);
          break;
        case "config":
          config = Reads.nullable(reader, CatalogJson::readStreamConfig);
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.stream(m.require("stream", stream)).config(m.require("config", config)).build();
  }

  public static void writeEntry(JsonWriter writer, SyncCatalogEntry value) throws IOException {
    writer.beginObject();
    writer.name("stream");
    writeCatalogStream(writer, value.getStream());
    writer.name("config");
    writeStreamConfig(writer, value.getConfig());
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static CatalogStream readCatalogStream(ByteIn reader) throws IOException {
    Map<String, RawJson> additional = new LinkedHashMap<>();
    return StreamFields.read(reader, StreamFields.CONFIG_API, additional).toCatalogStream(additional);
  }

  public static void writeCatalogStream(JsonWriter writer, CatalogStream v) throws IOException {
    StreamFields.of(v).write(writer, StreamFields.CONFIG_API, v.getAdditionalProperties());
  }

  public static StreamConfig readStreamConfig(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamConfig.Builder b = StreamConfig.builder();
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "syncMode":
          b.syncMode(syncMode(reader));
          break;
        case "cursorField":
          b.cursorField(Reads.strings(reader));
          break;
        case "destinationSyncMode":
          b.destinationSyncMode(destinationSyncMode(reader));
          break;
        case "primaryKey":
          b.primaryKey(Reads.paths(reader));
          break;
        case "aliasName":
          b.aliasName(Reads.string(reader));
          break;
        case "selected":
          b.selected(Reads.bool(reader));
          break;
        case "suggested":
          b.suggested(Reads.bool(reader));
          break;
        case "fieldSelectionEnabled":
          b.fieldSelectionEnabled(Reads.bool(reader));
          break;
        case "selectedFields":
          b.selectedFields(reader.nextRaw());
          break;
        case "hashedFields":
          b.hashedFields(reader.nextRaw());
          break;
        case "mappers":
          b.mappers(reader.nextRaw());
          break;
        case "namespace":
          b.namespace(Reads.string(reader));
          break;
        case "destinationObjectName":
          b.destinationObjectName(Reads.string(reader));
          break;
        case "includeFiles":
          b.includeFiles(Reads.bool(reader));
          break;
        case "generationId":
          b.generationId(Reads.int64(reader));
          break;
        case "minimumGenerationId":
          b.minimumGenerationId(Reads.int64(reader));
          break;
        case "syncId":
          b.syncId(Reads.int64(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.build();
  }

  public static void writeStreamConfig(JsonWriter writer, StreamConfig v) throws IOException {
    writer.beginObject();
    Writes.string(writer, "syncMode", OpenValue.wireValueOf(v.getSyncMode()));
    Writes.strings(writer, "cursorField", v.getCursorField());
    Writes.string(writer, "destinationSyncMode", OpenValue.wireValueOf(v.getDestinationSyncMode()));
    Writes.paths(writer, "primaryKey", v.getPrimaryKey());
    Writes.string(writer, "aliasName", v.getAliasName());
    Writes.bool(writer, "selected", v.isSelected());
    Writes.bool(writer, "suggested", v.isSuggested());
    Writes.bool(writer, "fieldSelectionEnabled", v.isFieldSelectionEnabled());
    Writes.raw(writer, "selectedFields", v.getSelectedFields());
    Writes.raw(writer, "hashedFields", v.getHashedFields());
    Writes.raw(writer, "mappers", v.getMappers());
    Writes.string(writer, "namespace", v.getNamespace());
    Writes.string(writer, "destinationObjectName", v.getDestinationObjectName());
    Writes.bool(writer, "includeFiles", v.isIncludeFiles());
    Writes.number(writer, "generationId", v.getGenerationId());
    Writes.number(writer, "minimumGenerationId", v.getMinimumGenerationId());
    Writes.number(writer, "syncId", v.getSyncId());
    Writes.additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  // ---- protocol form ----

  public static ConfiguredAirbyteCatalog readConfiguredCatalog(ByteIn reader) throws IOException {
    ConfiguredAirbyteCatalog.Builder b = ConfiguredAirbyteCatalog.builder();
    return b.addAllStreams(readStreams(reader, CatalogJson::readConfiguredStream, b::putAdditionalProperties)).build();
  }

  public static void writeConfiguredCatalog(JsonWriter writer, ConfiguredAirbyteCatalog value) throws IOException {
    writeStreams(writer, value.getStreams(), CatalogJson::writeConfiguredStream, value.getAdditionalProperties());
  }

  public static ConfiguredAirbyteStream readConfiguredStream(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    ConfiguredAirbyteStream.Builder b = ConfiguredAirbyteStream.builder();
    AirbyteStream stream = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream":
          stream = Reads.nullable(reader, CatalogJson::readAirbyteStream);
          break;
        case "sync_mode":
          b.syncMode(syncMode(reader));
          break;
        case "cursor_field":
          b.cursorField(Reads.strings(reader));
          break;
        case "destination_sync_mode":
          b.destinationSyncMode(destinationSyncMode(reader));
          break;
        case "primary_key":
          b.primaryKey(Reads.paths(reader));
          break;
        case "destination_object_name":
          b.destinationObjectName(Reads.string(reader));
          break;
        case "generation_id":
          b.generationId(Reads.int64(reader));
          break;
        case "minimum_generation_id":
          b.minimumGenerationId(Reads.int64(reader));
          break;
        case "sync_id":
          b.syncId(Reads.int64(reader));
          break;
        case "include_files":
          b.includeFiles(Reads.bool(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.stream(m.require("stream", stream)).build();
  }

  public static void writeConfiguredStream(JsonWriter writer, ConfiguredAirbyteStream v) throws IOException {
    writer.beginObject();
    writer.name("stream");
    writeAirbyteStream(writer, v.getStream());
    Writes.string(writer, "sync_mode", OpenValue.wireValueOf(v.getSyncMode()));
    Writes.strings(writer, "cursor_field", v.getCursorField());
    Writes.string(writer, "destination_sync_mode", OpenValue.wireValueOf(v.getDestinationSyncMode()));
    Writes.paths(writer, "primary_key", v.getPrimaryKey());
    Writes.string(writer, "destination_object_name", v.getDestinationObjectName());
    Writes.number(writer, "generation_id", v.getGenerationId());
    Writes.number(writer, "minimum_generation_id", v.getMinimumGenerationId());
    Writes.number(writer, "sync_id", v.getSyncId());
    Writes.bool(writer, "include_files", v.isIncludeFiles());
    Writes.additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteStream readAirbyteStream(ByteIn reader) throws IOException {
    Map<String, RawJson> additional = new LinkedHashMap<>();
    return StreamFields.read(reader, StreamFields.PROTOCOL, additional).toAirbyteStream(additional);
  }

  public static void writeAirbyteStream(JsonWriter writer, AirbyteStream v) throws IOException {
    StreamFields.of(v).write(writer, StreamFields.PROTOCOL, v.getAdditionalProperties());
  }

  // ---- helpers ----

  /** Receives an unknown property of a catalog object. */
  private interface Additional {
    void put(String name, RawJson value);
  }

  /** Reads a catalog object of either form: a required {@code streams} array plus unknown properties. */
  private static <T> List<T> readStreams(ByteIn reader, Reads.Item<T> stream, Additional additional)
      throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    List<T> streams = null;
    for (String name; (name = m.next()) != null; ) {
      if (name.equals("streams")) {
        streams = Reads.list(reader, stream);
      } else {
        additional.put(name, m.raw());
      }
    }
    return m.require("streams", streams);
  }

  private static <T> void writeStreams(
      JsonWriter writer, List<T> streams, Reads.Writer<T> stream, Map<String, RawJson> additional) throws IOException {
    writer.beginObject();
    writer.name("streams");
    Reads.writeList(writer, streams, stream);
    Writes.additional(writer, additional);
    writer.endObject();
  }

  static @Nullable SyncMode syncMode(ByteIn reader) throws IOException {
    String s = Reads.string(reader);
    return s == null ? null : SyncMode.of(s);
  }

  static SyncMode syncModeItem(ByteIn reader) throws IOException {
    return SyncMode.of(Reads.requiredString(reader));
  }

  static @Nullable DestinationSyncMode destinationSyncMode(ByteIn reader) throws IOException {
    String s = Reads.string(reader);
    return s == null ? null : DestinationSyncMode.of(s);
  }
}
