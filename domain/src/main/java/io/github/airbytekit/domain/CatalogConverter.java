package io.github.airbytekit.domain;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.internal.StreamFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Converts catalogs between Config API form ({@link SyncCatalog}) and protocol form ({@link
 * ConfiguredAirbyteCatalog}), and derives the strict catalog a connector reads from {@code --catalog}.
 *
 * <pre>{@code
 * ConfiguredAirbyteCatalog protocol = CatalogConverter.toProtocol(syncCatalog);
 * SyncCatalog back = CatalogConverter.fromProtocol(protocol); // equals syncCatalog
 * ConfiguredAirbyteCatalog forConnector = CatalogConverter.toConnectorCatalog(syncCatalog);
 * }</pre>
 *
 * <p>{@link #toProtocol} keeps every stream (selected or not) and carries the Config API fields the protocol lacks
 * in each configured stream under their snake_case names: {@code alias_name}, {@code selected}, {@code
 * suggested}, {@code field_selection_enabled}, {@code selected_fields}, {@code hashed_fields}, {@code mappers} and
 * {@code namespace} (the destination namespace of the config). {@link #fromProtocol} turns them back into {@link
 * StreamConfig} fields, so both round trips are the identity. Unknown properties move across unchanged (names are
 * not case-converted, since their meaning is unknown): catalog ⇄ catalog, stream ⇄ stream, config ⇄ configured
 * stream. The unknown properties of a Config API entry itself (beside {@code stream} and {@code config}) have no
 * place in protocol form and are dropped. An unknown property whose name means something else in the other form
 * is refused with an {@link AirbyteDataException} rather than reinterpreted.
 */
public final class CatalogConverter {
  private static final Set<String> PROTOCOL_STREAM_KEYS = Set.of("stream", "sync_mode", "cursor_field",
      "destination_sync_mode", "primary_key", "destination_object_name", "generation_id", "minimum_generation_id",
      "sync_id", "include_files");
  private static final Set<String> CARRIED_KEYS = Set.of("alias_name", "selected", "suggested",
      "field_selection_enabled", "selected_fields", "hashed_fields", "mappers", "namespace");
  private static final Set<String> CONFIG_KEYS = Set.of("syncMode", "cursorField", "destinationSyncMode",
      "primaryKey", "aliasName", "selected", "suggested", "fieldSelectionEnabled", "selectedFields", "hashedFields",
      "mappers", "namespace", "destinationObjectName", "includeFiles", "generationId", "minimumGenerationId",
      "syncId");
  private static final Set<String> AIRBYTE_STREAM_KEYS = Set.of("name", "namespace", "json_schema",
      "supported_sync_modes", "source_defined_cursor", "default_cursor_field", "source_defined_primary_key",
      "is_resumable", "is_file_based");
  private static final Set<String> CATALOG_STREAM_KEYS = Set.of("name", "namespace", "jsonSchema",
      "supportedSyncModes", "sourceDefinedCursor", "defaultCursorField", "sourceDefinedPrimaryKey", "isResumable",
      "isFileBased");

  private static final RawJson TRUE = RawJson.of("true");
  private static final RawJson FALSE = RawJson.of("false");

  private CatalogConverter() {}

  /**
   * Converts a Config API catalog to protocol form, keeping every stream and every Config API field.
   *
   * @param catalog the Config API catalog
   * @return the protocol catalog, one configured stream per entry in the same order, Config-only fields carried as
   *     snake_case properties
   * @throws AirbyteDataException if an unknown property's name is taken in protocol form
   */
  public static ConfiguredAirbyteCatalog toProtocol(SyncCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    return ConfiguredAirbyteCatalog.builder()
        .addAllStreams(eachStream(catalog.getStreams(), CatalogConverter::toProtocol))
        .putAllAdditionalProperties(catalog.getAdditionalProperties())
        .build();
  }

  /**
   * Converts a protocol catalog to Config API form, restoring carried Config API fields.
   *
   * @param catalog the protocol catalog
   * @return the Config API catalog, one entry per configured stream in the same order
   * @throws AirbyteDataException if a carried field has the wrong JSON type or an unknown property's name is a
   *     Config API property
   */
  public static SyncCatalog fromProtocol(ConfiguredAirbyteCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    return SyncCatalog.builder()
        .addAllStreams(eachStream(catalog.getStreams(), CatalogConverter::fromProtocol))
        .putAllAdditionalProperties(catalog.getAdditionalProperties())
        .build();
  }

  /**
   * The catalog a connector reads: only selected streams (a stream whose {@code selected} is absent counts as
   * selected) and only protocol fields, with no unknown properties.
   *
   * @param catalog the Config API catalog of a connection
   * @return the catalog to pass to a connector's {@code --catalog}; possibly with no streams
   * @throws AirbyteDataException if a selected stream lacks a field the protocol requires ({@code syncMode},
   *     {@code destinationSyncMode}, {@code jsonSchema}, {@code supportedSyncModes})
   */
  public static ConfiguredAirbyteCatalog toConnectorCatalog(SyncCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    ConfiguredAirbyteCatalog.Builder out = ConfiguredAirbyteCatalog.builder();
    List<SyncCatalogEntry> entries = catalog.getStreams();
    for (int i = 0; i < entries.size(); i++) {
      SyncCatalogEntry e = entries.get(i);
      if (Boolean.FALSE.equals(e.getConfig().isSelected())) {
        continue;
      }
      String path = "$.streams[" + i + "]";
      CatalogStream s = e.getStream();
      StreamConfig c = e.getConfig();
      require(c.getSyncMode(), path + ".config.syncMode");
      require(c.getDestinationSyncMode(), path + ".config.destinationSyncMode");
      require(s.getJsonSchema(), path + ".stream.jsonSchema");
      require(s.getSupportedSyncModes(), path + ".stream.supportedSyncModes");
      out.addStreams(protocolFields(toProtocol(e, path)));
    }
    return out.build();
  }

  /**
   * The catalog a connector reads, from a protocol catalog: streams whose carried {@code selected} is {@code
   * false} are left out, and everything but protocol fields is removed.
   *
   * @param catalog a protocol catalog, possibly with carried Config API fields
   * @return the catalog to pass to a connector's {@code --catalog}; possibly with no streams
   * @throws AirbyteDataException if a kept stream lacks a field the protocol requires
   */
  public static ConfiguredAirbyteCatalog toConnectorCatalog(ConfiguredAirbyteCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    ConfiguredAirbyteCatalog.Builder out = ConfiguredAirbyteCatalog.builder();
    List<ConfiguredAirbyteStream> streams = catalog.getStreams();
    for (int i = 0; i < streams.size(); i++) {
      ConfiguredAirbyteStream s = streams.get(i);
      String path = "$.streams[" + i + "]";
      if (Boolean.FALSE.equals(bool(s.getAdditionalProperties().get("selected"), path, "selected"))) {
        continue;
      }
      require(s.getSyncMode(), path + ".sync_mode");
      require(s.getDestinationSyncMode(), path + ".destination_sync_mode");
      require(s.getStream().getJsonSchema(), path + ".stream.json_schema");
      require(s.getStream().getSupportedSyncModes(), path + ".stream.supported_sync_modes");
      out.addStreams(protocolFields(s));
    }
    return out.build();
  }

  /** Converts every stream, telling {@code convert} its JSON path ({@code $.streams[i]}) for error messages. */
  private static <A, B> List<B> eachStream(List<A> streams, BiFunction<A, String, B> convert) {
    List<B> out = new ArrayList<>(streams.size());
    for (int i = 0; i < streams.size(); i++) {
      out.add(convert.apply(streams.get(i), "$.streams[" + i + "]"));
    }
    return out;
  }

  private static ConfiguredAirbyteStream protocolFields(ConfiguredAirbyteStream s) {
    AirbyteStream stream = StreamFields.of(s.getStream()).toAirbyteStream(Map.of());
    return ConfiguredAirbyteStream.builder()
        .stream(stream)
        .syncMode(s.getSyncMode())
        .cursorField(s.getCursorField())
        .destinationSyncMode(s.getDestinationSyncMode())
        .primaryKey(s.getPrimaryKey())
        .destinationObjectName(s.getDestinationObjectName())
        .generationId(s.getGenerationId())
        .minimumGenerationId(s.getMinimumGenerationId())
        .syncId(s.getSyncId())
        .includeFiles(s.isIncludeFiles())
        .build();
  }

  private static ConfiguredAirbyteStream toProtocol(SyncCatalogEntry entry, String path) {
    CatalogStream s = entry.getStream();
    StreamConfig c = entry.getConfig();
    AirbyteStream stream = StreamFields.of(s)
        .toAirbyteStream(carry(s.getAdditionalProperties(), AIRBYTE_STREAM_KEYS, path + ".stream"));
    Map<String, RawJson> extra = new LinkedHashMap<>();
    putString(extra, "alias_name", c.getAliasName());
    putBool(extra, "selected", c.isSelected());
    putBool(extra, "suggested", c.isSuggested());
    putBool(extra, "field_selection_enabled", c.isFieldSelectionEnabled());
    putRaw(extra, "selected_fields", c.getSelectedFields());
    putRaw(extra, "hashed_fields", c.getHashedFields());
    putRaw(extra, "mappers", c.getMappers());
    putString(extra, "namespace", c.getNamespace());
    for (Map.Entry<String, RawJson> e : c.getAdditionalProperties().entrySet()) {
      String k = e.getKey();
      if (PROTOCOL_STREAM_KEYS.contains(k) || CARRIED_KEYS.contains(k)) {
        throw new AirbyteDataException(path + ".config." + k + " cannot be carried to protocol form, where " + k
            + " is a property of the configured stream", path + ".config." + k);
      }
      extra.put(k, e.getValue());
    }
    return ConfiguredAirbyteStream.builder()
        .stream(stream)
        .syncMode(c.getSyncMode())
        .cursorField(c.getCursorField())
        .destinationSyncMode(c.getDestinationSyncMode())
        .primaryKey(c.getPrimaryKey())
        .destinationObjectName(c.getDestinationObjectName())
        .generationId(c.getGenerationId())
        .minimumGenerationId(c.getMinimumGenerationId())
        .syncId(c.getSyncId())
        .includeFiles(c.isIncludeFiles())
        .putAllAdditionalProperties(extra)
        .build();
  }

  private static SyncCatalogEntry fromProtocol(ConfiguredAirbyteStream p, String path) {
    AirbyteStream s = p.getStream();
    CatalogStream stream = StreamFields.of(s)
        .toCatalogStream(carry(s.getAdditionalProperties(), CATALOG_STREAM_KEYS, path + ".stream"));
    StreamConfig.Builder c = StreamConfig.builder()
        .syncMode(p.getSyncMode())
        .cursorField(p.getCursorField())
        .destinationSyncMode(p.getDestinationSyncMode())
        .primaryKey(p.getPrimaryKey())
        .destinationObjectName(p.getDestinationObjectName())
        .generationId(p.getGenerationId())
        .minimumGenerationId(p.getMinimumGenerationId())
        .syncId(p.getSyncId())
        .includeFiles(p.isIncludeFiles());
    Map<String, RawJson> extra = p.getAdditionalProperties();
    for (Map.Entry<String, RawJson> e : extra.entrySet()) {
      String k = e.getKey();
      RawJson v = e.getValue();
      switch (k) {
        case "alias_name":
          c.aliasName(string(v, path, k));
          break;
        case "selected":
          c.selected(bool(v, path, k));
          break;
        case "suggested":
          c.suggested(bool(v, path, k));
          break;
        case "field_selection_enabled":
          c.fieldSelectionEnabled(bool(v, path, k));
          break;
        case "selected_fields":
          c.selectedFields(v);
          break;
        case "hashed_fields":
          c.hashedFields(v);
          break;
        case "mappers":
          c.mappers(v);
          break;
        case "namespace":
          c.namespace(string(v, path, k));
          break;
        default:
          if (CONFIG_KEYS.contains(k)) {
            String at = path + "." + k;
            throw new AirbyteDataException(at + " cannot be carried to Config API form, where " + k
                + " is a stream config property", at);
          }
          c.putAdditionalProperties(k, v);
      }
    }
    return SyncCatalogEntry.builder().stream(stream).config(c.build()).build();
  }

  private static Map<String, RawJson> carry(Map<String, RawJson> additional, Set<String> targetKnown, String path) {
    for (String k : additional.keySet()) {
      if (targetKnown.contains(k)) {
        throw new AirbyteDataException(path + "." + k + " cannot be carried to the other form, where " + k
            + " is a known property with another meaning", path + "." + k);
      }
    }
    return additional;
  }

  private static void require(@Nullable Object value, String path) {
    if (value == null) {
      throw new AirbyteDataException(path + " is required in a connector catalog", path);
    }
  }

  private static void putString(Map<String, RawJson> map, String key, @Nullable String value) {
    if (value != null) {
      if (plain(value)) {
        map.put(key, RawJson.of("\"" + value + "\""));
        return;
      }
      Buffer buffer = new Buffer();
      try {
        JsonWriter.of(buffer).value(value).flush();
      } catch (IOException e) {
        throw new AssertionError(e); // a Buffer does not fail
      }
      map.put(key, RawJson.of(buffer.readUtf8()));
    }
  }

  /** True if Moshi would write {@code s} between quotes unchanged (no character it escapes). */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static void putBool(Map<String, RawJson> map, String key, @Nullable Boolean value) {
    if (value != null) {
      map.put(key, value ? TRUE : FALSE);
    }
  }

  private static void putRaw(Map<String, RawJson> map, String key, @Nullable RawJson value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static @Nullable String string(@Nullable RawJson v, String path, String key) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new AirbyteDataException(path + "." + key + " must be a string", path + "." + key);
    }
    String text = v.toJson();
    if (text.indexOf('\\') < 0) {
      return text.substring(1, text.length() - 1); // no escapes: the literal is the value
    }
    try {
      return com.squareup.moshi.JsonReader.of(new Buffer().writeUtf8(text)).nextString();
    } catch (IOException e) {
      throw new AirbyteDataException(path + "." + key + " must be a string", path + "." + key, e);
    }
  }

  private static @Nullable Boolean bool(@Nullable RawJson v, String path, String key) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.equals(TRUE)) {
      return true;
    }
    if (v.equals(FALSE)) {
      return false;
    }
    throw new AirbyteDataException(path + "." + key + " must be a boolean", path + "." + key);
  }
}
