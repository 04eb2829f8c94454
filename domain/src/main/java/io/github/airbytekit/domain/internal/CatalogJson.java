package io.github.airbytekit.domain.internal;

import static io.github.airbytekit.domain.internal.StateJson.additional;
import static io.github.airbytekit.domain.internal.StateJson.raw;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteStream;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConfiguredAirbyteStream;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads and writes catalogs in both forms. Schemas are copied verbatim; unknown properties are kept in order. */
public final class CatalogJson {
  private CatalogJson() {}

  // ---- Config API form ----

  public static SyncCatalog readSyncCatalog(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    SyncCatalog.Builder b = SyncCatalog.builder();
    List<SyncCatalogEntry> streams = null;
    for (String name; (name = m.next()) != null; ) {
      if (name.equals("streams")) {
        streams = Reads.list(reader, CatalogJson::readEntry);
      } else {
        b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.addAllStreams(m.require("streams", streams)).build();
  }

  public static void writeSyncCatalog(JsonWriter writer, SyncCatalog value) throws IOException {
    writer.beginObject();
    writer.name("streams");
    Reads.writeList(writer, value.getStreams(), CatalogJson::writeEntry);
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static SyncCatalogEntry readEntry(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    SyncCatalogEntry.Builder b = SyncCatalogEntry.builder();
    CatalogStream stream = null;
    StreamConfig config = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream":
          stream = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readCatalogStream(reader);
          break;
        case "config":
          config = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readStreamConfig(reader);
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
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static CatalogStream readCatalogStream(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    CatalogStream.Builder b = CatalogStream.builder();
    String streamName = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "name":
          streamName = Reads.string(reader);
          break;
        case "namespace":
          b.namespace(Reads.string(reader));
          break;
        case "jsonSchema":
          b.jsonSchema(reader.nextRaw());
          break;
        case "supportedSyncModes":
          b.supportedSyncModes(Reads.list(reader, CatalogJson::syncModeItem));
          break;
        case "sourceDefinedCursor":
          b.sourceDefinedCursor(Reads.bool(reader));
          break;
        case "defaultCursorField":
          b.defaultCursorField(Reads.strings(reader));
          break;
        case "sourceDefinedPrimaryKey":
          b.sourceDefinedPrimaryKey(Reads.paths(reader));
          break;
        case "isResumable":
          b.resumable(Reads.bool(reader));
          break;
        case "isFileBased":
          b.fileBased(Reads.bool(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.name(m.require("name", streamName)).build();
  }

  public static void writeCatalogStream(JsonWriter writer, CatalogStream v) throws IOException {
    writer.beginObject();
    writer.name("name").value(v.getName());
    if (v.getNamespace() != null) {
      writer.name("namespace").value(v.getNamespace());
    }
    raw(writer, "jsonSchema", v.getJsonSchema());
    syncModes(writer, "supportedSyncModes", v.getSupportedSyncModes());
    bool(writer, "sourceDefinedCursor", v.isSourceDefinedCursor());
    strings(writer, "defaultCursorField", v.getDefaultCursorField());
    paths(writer, "sourceDefinedPrimaryKey", v.getSourceDefinedPrimaryKey());
    bool(writer, "isResumable", v.isResumable());
    bool(writer, "isFileBased", v.isFileBased());
    additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  public static StreamConfig readStreamConfig(JsonIn reader) throws IOException {
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
    if (v.getSyncMode() != null) {
      writer.name("syncMode").value(v.getSyncMode().wireValue());
    }
    strings(writer, "cursorField", v.getCursorField());
    if (v.getDestinationSyncMode() != null) {
      writer.name("destinationSyncMode").value(v.getDestinationSyncMode().wireValue());
    }
    paths(writer, "primaryKey", v.getPrimaryKey());
    string(writer, "aliasName", v.getAliasName());
    bool(writer, "selected", v.isSelected());
    bool(writer, "suggested", v.isSuggested());
    bool(writer, "fieldSelectionEnabled", v.isFieldSelectionEnabled());
    raw(writer, "selectedFields", v.getSelectedFields());
    raw(writer, "hashedFields", v.getHashedFields());
    raw(writer, "mappers", v.getMappers());
    string(writer, "namespace", v.getNamespace());
    string(writer, "destinationObjectName", v.getDestinationObjectName());
    bool(writer, "includeFiles", v.isIncludeFiles());
    number(writer, "generationId", v.getGenerationId());
    number(writer, "minimumGenerationId", v.getMinimumGenerationId());
    number(writer, "syncId", v.getSyncId());
    additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  // ---- protocol form ----

  public static ConfiguredAirbyteCatalog readConfiguredCatalog(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    ConfiguredAirbyteCatalog.Builder b = ConfiguredAirbyteCatalog.builder();
    List<ConfiguredAirbyteStream> streams = null;
    for (String name; (name = m.next()) != null; ) {
      if (name.equals("streams")) {
        streams = Reads.list(reader, CatalogJson::readConfiguredStream);
      } else {
        b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.addAllStreams(m.require("streams", streams)).build();
  }

  public static void writeConfiguredCatalog(JsonWriter writer, ConfiguredAirbyteCatalog value) throws IOException {
    writer.beginObject();
    writer.name("streams");
    Reads.writeList(writer, value.getStreams(), CatalogJson::writeConfiguredStream);
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static ConfiguredAirbyteStream readConfiguredStream(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    ConfiguredAirbyteStream.Builder b = ConfiguredAirbyteStream.builder();
    AirbyteStream stream = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream":
          stream = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readAirbyteStream(reader);
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
    if (v.getSyncMode() != null) {
      writer.name("sync_mode").value(v.getSyncMode().wireValue());
    }
    strings(writer, "cursor_field", v.getCursorField());
    if (v.getDestinationSyncMode() != null) {
      writer.name("destination_sync_mode").value(v.getDestinationSyncMode().wireValue());
    }
    paths(writer, "primary_key", v.getPrimaryKey());
    string(writer, "destination_object_name", v.getDestinationObjectName());
    number(writer, "generation_id", v.getGenerationId());
    number(writer, "minimum_generation_id", v.getMinimumGenerationId());
    number(writer, "sync_id", v.getSyncId());
    bool(writer, "include_files", v.isIncludeFiles());
    additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteStream readAirbyteStream(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteStream.Builder b = AirbyteStream.builder();
    String streamName = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "name":
          streamName = Reads.string(reader);
          break;
        case "namespace":
          b.namespace(Reads.string(reader));
          break;
        case "json_schema":
          b.jsonSchema(reader.nextRaw());
          break;
        case "supported_sync_modes":
          b.supportedSyncModes(Reads.list(reader, CatalogJson::syncModeItem));
          break;
        case "source_defined_cursor":
          b.sourceDefinedCursor(Reads.bool(reader));
          break;
        case "default_cursor_field":
          b.defaultCursorField(Reads.strings(reader));
          break;
        case "source_defined_primary_key":
          b.sourceDefinedPrimaryKey(Reads.paths(reader));
          break;
        case "is_resumable":
          b.resumable(Reads.bool(reader));
          break;
        case "is_file_based":
          b.fileBased(Reads.bool(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.name(m.require("name", streamName)).build();
  }

  public static void writeAirbyteStream(JsonWriter writer, AirbyteStream v) throws IOException {
    writer.beginObject();
    writer.name("name").value(v.getName());
    if (v.getNamespace() != null) {
      writer.name("namespace").value(v.getNamespace());
    }
    raw(writer, "json_schema", v.getJsonSchema());
    syncModes(writer, "supported_sync_modes", v.getSupportedSyncModes());
    bool(writer, "source_defined_cursor", v.isSourceDefinedCursor());
    strings(writer, "default_cursor_field", v.getDefaultCursorField());
    paths(writer, "source_defined_primary_key", v.getSourceDefinedPrimaryKey());
    bool(writer, "is_resumable", v.isResumable());
    bool(writer, "is_file_based", v.isFileBased());
    additional(writer, v.getAdditionalProperties());
    writer.endObject();
  }

  // ---- helpers ----

  static @Nullable SyncMode syncMode(JsonIn reader) throws IOException {
    String s = Reads.string(reader);
    return s == null ? null : SyncMode.of(s);
  }

  static SyncMode syncModeItem(JsonIn reader) throws IOException {
    return SyncMode.of(Reads.requiredString(reader));
  }

  static @Nullable DestinationSyncMode destinationSyncMode(JsonIn reader) throws IOException {
    String s = Reads.string(reader);
    return s == null ? null : DestinationSyncMode.of(s);
  }

  static void string(JsonWriter writer, String name, @Nullable String value) throws IOException {
    if (value != null) {
      writer.name(name).value(value);
    }
  }

  static void bool(JsonWriter writer, String name, @Nullable Boolean value) throws IOException {
    if (value != null) {
      writer.name(name).value(value.booleanValue());
    }
  }

  static void number(JsonWriter writer, String name, @Nullable Long value) throws IOException {
    if (value != null) {
      writer.name(name).value(value.longValue());
    }
  }

  static void strings(JsonWriter writer, String name, @Nullable List<String> value) throws IOException {
    if (value != null) {
      writer.name(name);
      Reads.writeList(writer, value, JsonWriter::value);
    }
  }

  static void paths(JsonWriter writer, String name, @Nullable List<List<String>> value) throws IOException {
    if (value != null) {
      writer.name(name);
      Reads.writePaths(writer, value);
    }
  }

  static void syncModes(JsonWriter writer, String name, @Nullable List<SyncMode> value) throws IOException {
    if (value != null) {
      writer.name(name);
      Reads.writeList(writer, value, (w, mode) -> w.value(mode.wireValue()));
    }
  }
}
