package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteStream;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.SyncMode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The attributes that {@link CatalogStream} (Config API form) and {@link AirbyteStream} (protocol form) share. The
 * two types hold the same fields under different wire names, so one reader, one writer and one copy serve both;
 * only the {@link Names} differ.
 */
public final class StreamFields {
  /** The wire names of one form. {@code name} and {@code namespace} are the same in both. */
  public static final class Names {
    final String jsonSchema;
    final String supportedSyncModes;
    final String sourceDefinedCursor;
    final String defaultCursorField;
    final String sourceDefinedPrimaryKey;
    final String resumable;
    final String fileBased;

    private Names(String jsonSchema, String supportedSyncModes, String sourceDefinedCursor,
        String defaultCursorField, String sourceDefinedPrimaryKey, String resumable, String fileBased) {
      this.jsonSchema = jsonSchema;
      this.supportedSyncModes = supportedSyncModes;
      this.sourceDefinedCursor = sourceDefinedCursor;
      this.defaultCursorField = defaultCursorField;
      this.sourceDefinedPrimaryKey = sourceDefinedPrimaryKey;
      this.resumable = resumable;
      this.fileBased = fileBased;
    }
  }

  /** Config API wire names (camelCase). */
  public static final Names CONFIG_API = new Names("jsonSchema", "supportedSyncModes", "sourceDefinedCursor",
      "defaultCursorField", "sourceDefinedPrimaryKey", "isResumable", "isFileBased");

  /** Protocol wire names (snake_case). */
  public static final Names PROTOCOL = new Names("json_schema", "supported_sync_modes", "source_defined_cursor",
      "default_cursor_field", "source_defined_primary_key", "is_resumable", "is_file_based");

  private @Nullable String name;
  private @Nullable String namespace;
  private @Nullable RawJson jsonSchema;
  private @Nullable List<SyncMode> supportedSyncModes;
  private @Nullable Boolean sourceDefinedCursor;
  private @Nullable List<String> defaultCursorField;
  private @Nullable List<List<String>> sourceDefinedPrimaryKey;
  private @Nullable Boolean resumable;
  private @Nullable Boolean fileBased;

  private StreamFields() {}

  /** The shared attributes of {@code s}. */
  public static StreamFields of(CatalogStream s) {
    StreamFields f = new StreamFields();
    f.name = s.getName();
    f.namespace = s.getNamespace();
    f.jsonSchema = s.getJsonSchema();
    f.supportedSyncModes = s.getSupportedSyncModes();
    f.sourceDefinedCursor = s.isSourceDefinedCursor();
    f.defaultCursorField = s.getDefaultCursorField();
    f.sourceDefinedPrimaryKey = s.getSourceDefinedPrimaryKey();
    f.resumable = s.isResumable();
    f.fileBased = s.isFileBased();
    return f;
  }

  /** The shared attributes of {@code s}. */
  public static StreamFields of(AirbyteStream s) {
    StreamFields f = new StreamFields();
    f.name = s.getName();
    f.namespace = s.getNamespace();
    f.jsonSchema = s.getJsonSchema();
    f.supportedSyncModes = s.getSupportedSyncModes();
    f.sourceDefinedCursor = s.isSourceDefinedCursor();
    f.defaultCursorField = s.getDefaultCursorField();
    f.sourceDefinedPrimaryKey = s.getSourceDefinedPrimaryKey();
    f.resumable = s.isResumable();
    f.fileBased = s.isFileBased();
    return f;
  }

  /** A Config API stream with these attributes and {@code additional} as its unknown properties. */
  public CatalogStream toCatalogStream(Map<String, RawJson> additional) {
    return CatalogStream.builder()
        .name(requiredName())
        .namespace(namespace)
        .jsonSchema(jsonSchema)
        .supportedSyncModes(supportedSyncModes)
        .sourceDefinedCursor(sourceDefinedCursor)
        .defaultCursorField(defaultCursorField)
        .sourceDefinedPrimaryKey(sourceDefinedPrimaryKey)
        .resumable(resumable)
        .fileBased(fileBased)
        .putAllAdditionalProperties(additional)
        .build();
  }

  /** A protocol stream with these attributes and {@code additional} as its unknown properties. */
  public AirbyteStream toAirbyteStream(Map<String, RawJson> additional) {
    return AirbyteStream.builder()
        .name(requiredName())
        .namespace(namespace)
        .jsonSchema(jsonSchema)
        .supportedSyncModes(supportedSyncModes)
        .sourceDefinedCursor(sourceDefinedCursor)
        .defaultCursorField(defaultCursorField)
        .sourceDefinedPrimaryKey(sourceDefinedPrimaryKey)
        .resumable(resumable)
        .fileBased(fileBased)
        .putAllAdditionalProperties(additional)
        .build();
  }

  private String requiredName() {
    if (name == null) {
      throw new IllegalStateException("name not set"); // read() and of() always set it
    }
    return name;
  }

  /**
   * Reads a stream object of the form named by {@code names}; unknown properties go to {@code additional}, in
   * input order.
   */
  static StreamFields read(ByteIn reader, Names names, Map<String, RawJson> additional) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamFields f = new StreamFields();
    for (String property; (property = m.next()) != null; ) {
      if (property.equals("name")) {
        f.name = Reads.string(reader);
      } else if (property.equals("namespace")) {
        f.namespace = Reads.string(reader);
      } else if (property.equals(names.jsonSchema)) {
        f.jsonSchema = reader.nextRaw();
      } else if (property.equals(names.supportedSyncModes)) {
        f.supportedSyncModes = Reads.list(reader, CatalogJson::syncModeItem);
      } else if (property.equals(names.sourceDefinedCursor)) {
        f.sourceDefinedCursor = Reads.bool(reader);
      } else if (property.equals(names.defaultCursorField)) {
        f.defaultCursorField = Reads.strings(reader);
      } else if (property.equals(names.sourceDefinedPrimaryKey)) {
        f.sourceDefinedPrimaryKey = Reads.paths(reader);
      } else if (property.equals(names.resumable)) {
        f.resumable = Reads.bool(reader);
      } else if (property.equals(names.fileBased)) {
        f.fileBased = Reads.bool(reader);
      } else {
        additional.put(property, m.raw());
      }
    }
    f.name = m.require("name", f.name);
    return f;
  }

  /** Writes these attributes and then {@code additional} as one object of the form named by {@code names}. */
  void write(JsonWriter writer, Names names, Map<String, RawJson> additional) throws IOException {
    writer.beginObject();
    writer.name("name").value(requiredName());
    Writes.string(writer, "namespace", namespace);
    Writes.raw(writer, names.jsonSchema, jsonSchema);
    Writes.syncModes(writer, names.supportedSyncModes, supportedSyncModes);
    Writes.bool(writer, names.sourceDefinedCursor, sourceDefinedCursor);
    Writes.strings(writer, names.defaultCursorField, defaultCursorField);
    Writes.paths(writer, names.sourceDefinedPrimaryKey, sourceDefinedPrimaryKey);
    Writes.bool(writer, names.resumable, resumable);
    Writes.bool(writer, names.fileBased, fileBased);
    Writes.additional(writer, additional);
    writer.endObject();
  }
}
