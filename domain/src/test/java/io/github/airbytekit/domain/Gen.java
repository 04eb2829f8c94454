package io.github.airbytekit.domain;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okio.Buffer;

/** Random domain values for the round-trip properties: nasty blobs, unicode names, unknown properties. */
final class Gen {
  private final Random r;

  Gen(Random r) {
    this.r = r;
  }

  // ---- JSON text ----

  RawJson blob() {
    if (r.nextInt(20) == 0) {
      return RawJson.of(deep(50 + r.nextInt(300)));
    }
    return RawJson.of(value(0));
  }

  RawJson objectBlob() {
    return RawJson.of(object(0));
  }

  private String deep(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(r.nextBoolean() ? "[" : "{\"k\u00e9\":");
    }
    sb.append(number());
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(sb.charAt(i) == '[' ? "]" : "}");
    }
    // The closing brackets above mirror the opening ones by position.
    String open = sb.substring(0, sb.length() - depth);
    StringBuilder close = new StringBuilder();
    int count = 0;
    for (int i = open.length() - 1; i >= 0 && count < depth; i--) {
      char c = open.charAt(i);
      if (c == '[') {
        close.append(']');
        count++;
      } else if (c == '{' ) {
        close.append('}');
        count++;
      }
    }
    return open + close;
  }

  private String value(int depth) {
    int pick = r.nextInt(depth > 4 ? 4 : 7);
    switch (pick) {
      case 0:
        return number();
      case 1:
        return jsonString(text());
      case 2:
        return r.nextBoolean() ? "true" : (r.nextBoolean() ? "false" : "null");
      case 3:
        return number();
      case 4:
      case 5:
        return object(depth + 1);
      default:
        return array(depth + 1);
    }
  }

  private String object(int depth) {
    int n = r.nextInt(5);
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(ws()).append(',');
      }
      sb.append(ws()).append(jsonString(text())).append(ws()).append(':').append(ws()).append(value(depth));
    }
    return sb.append(ws()).append('}').toString();
  }

  private String array(int depth) {
    int n = r.nextInt(5);
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(ws()).append(value(depth));
    }
    return sb.append(']').toString();
  }

  private String ws() {
    int k = r.nextInt(12);
    return k == 0 ? " " : k == 1 ? "\n  " : "";
  }

  String number() {
    switch (r.nextInt(7)) {
      case 0:
        return "12345678901234567890123" + r.nextInt(1000);
      case 1:
        return "0.1000000000000000055511151231257827" + r.nextInt(10);
      case 2:
        return "5432";
      case 3:
        return "-0.0";
      case 4:
        return "1E+400";
      case 5:
        return "-" + Math.abs(r.nextLong()) + "." + Math.abs(r.nextLong()) + "e-" + r.nextInt(400);
      default:
        return Integer.toString(r.nextInt());
    }
  }

  /** A JSON string literal for {@code s}, sometimes with gratuitous escapes that must survive. */
  String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || r.nextInt(10) == 0) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** Unicode text: letters, accents, emoji (surrogate pairs), quotes, control characters. */
  String text() {
    int n = r.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0:
          sb.append("é");
          break;
        case 1:
          sb.appendCodePoint(0x1F600 + r.nextInt(50));
          break;
        case 2:
          sb.append("\"\\\n\t");
          break;
        case 3:
          sb.append((char) (0x4e00 + r.nextInt(1000)));
          break;
        default:
          sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }

  String name() {
    return r.nextInt(4) == 0 ? text() : "s" + r.nextInt(1000) + text();
  }

  String nullableText() {
    return r.nextInt(3) == 0 ? null : text();
  }

  /** Unknown properties: names no known property has (they start with x or X), values any JSON. */
  Map<String, RawJson> unknown() {
    Map<String, RawJson> m = new LinkedHashMap<>();
    int n = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < n; i++) {
      m.put((r.nextBoolean() ? "x" : "X") + text() + i, blob());
    }
    return m;
  }

  RawJson nullableBlob() {
    int k = r.nextInt(5);
    return k == 0 ? null : k == 1 ? RawJson.nullValue() : blob();
  }

  Boolean bool() {
    int k = r.nextInt(3);
    return k == 0 ? null : k == 1;
  }

  Long int64() {
    int k = r.nextInt(4);
    return k == 0 ? null : k == 1 ? Long.MIN_VALUE : k == 2 ? 9007199254740993L : (long) r.nextInt();
  }

  List<String> strings() {
    if (r.nextInt(3) == 0) {
      return null;
    }
    List<String> l = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      l.add(text());
    }
    return l;
  }

  List<List<String>> paths() {
    if (r.nextInt(3) == 0) {
      return null;
    }
    List<List<String>> l = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      List<String> p = strings();
      l.add(p == null ? List.of() : p);
    }
    return l;
  }

  SyncMode syncMode() {
    int k = r.nextInt(4);
    return k == 0 ? null : k == 1 ? SyncMode.FULL_REFRESH : k == 2 ? SyncMode.INCREMENTAL : SyncMode.of("x_" + text());
  }

  DestinationSyncMode destinationSyncMode() {
    int k = r.nextInt(4);
    return k == 0 ? null : k == 1 ? DestinationSyncMode.APPEND_DEDUP : k == 2 ? DestinationSyncMode.SOFT_DELETE
        : DestinationSyncMode.of(text());
  }

  List<SyncMode> syncModes() {
    if (r.nextInt(3) == 0) {
      return null;
    }
    List<SyncMode> l = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      SyncMode m = syncMode();
      l.add(m == null ? SyncMode.INCREMENTAL : m);
    }
    return l;
  }

  // ---- state ----

  StreamDescriptor descriptor() {
    int k = r.nextInt(4);
    return StreamDescriptor.builder()
        .name(name())
        .namespace(k == 0 ? null : k == 1 ? "" : text())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  StreamState streamState() {
    return StreamState.builder()
        .streamDescriptor(descriptor())
        .streamState(nullableBlob())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  List<StreamState> streamStates(int min) {
    List<StreamState> l = new ArrayList<>();
    for (int i = min + r.nextInt(6); i > 0; i--) {
      l.add(streamState());
    }
    return l;
  }

  /** A state that converts to protocol form and back unchanged (see StateConverter for what cannot). */
  ConnectionState convertibleState() {
    String id = r.nextBoolean() ? "conn-" + r.nextInt(100) : text();
    switch (r.nextInt(4)) {
      case 0:
        return ConnectionState.builder().stateType(StateType.NOT_SET).connectionId(id).build();
      case 1:
        return ConnectionState.builder().stateType(StateType.LEGACY).connectionId(id).state(nullableBlob())
            .putAllAdditionalProperties(unknown()).build();
      case 2:
        return ConnectionState.builder().stateType(StateType.GLOBAL).connectionId(id)
            .globalState(GlobalState.builder()
                .sharedState(nullableBlob())
                .streamStates(r.nextInt(5) == 0 ? null : streamStates(0))
                .putAllAdditionalProperties(unknown())
                .build())
            .putAllAdditionalProperties(unknown())
            .build();
      default:
        return ConnectionState.builder().stateType(StateType.STREAM).connectionId(id).streamState(streamStates(1))
            .build();
    }
  }

  /** Any state, including what conversion refuses or drops (for write then read). */
  ConnectionState anyState() {
    StateType type = r.nextInt(5) == 0 ? StateType.of(text()) : StateType.knownValues().get(r.nextInt(4));
    return ConnectionState.builder()
        .stateType(type)
        .connectionId(nullableText())
        .state(nullableBlob())
        .streamState(r.nextBoolean() ? null : streamStates(0))
        .globalState(r.nextBoolean() ? null : GlobalState.builder()
            .sharedState(nullableBlob())
            .streamStates(r.nextBoolean() ? null : streamStates(0))
            .putAllAdditionalProperties(unknown())
            .build())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  AirbyteStreamState airbyteStreamState() {
    return AirbyteStreamState.builder()
        .streamDescriptor(descriptor())
        .streamState(nullableBlob())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  /** Messages that convert to Config API form and back unchanged. */
  List<AirbyteStateMessage> convertibleMessages() {
    List<AirbyteStateMessage> l = new ArrayList<>();
    switch (r.nextInt(4)) {
      case 0:
        return l;
      case 1:
        l.add(AirbyteStateMessage.builder().type(AirbyteStateType.LEGACY).data(nullableBlob())
            .putAllAdditionalProperties(unknown()).build());
        return l;
      case 2:
        List<AirbyteStreamState> states = null;
        if (r.nextInt(5) != 0) {
          states = new ArrayList<>();
          for (int i = r.nextInt(5); i > 0; i--) {
            states.add(airbyteStreamState());
          }
        }
        l.add(AirbyteStateMessage.builder().type(AirbyteStateType.GLOBAL)
            .global(AirbyteGlobalState.builder().sharedState(nullableBlob()).streamStates(states)
                .putAllAdditionalProperties(unknown()).build())
            .putAllAdditionalProperties(unknown()).build());
        return l;
      default:
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
          l.add(AirbyteStateMessage.builder().type(AirbyteStateType.STREAM).stream(airbyteStreamState()).build());
        }
        return l;
    }
  }

  // ---- catalog ----

  CatalogStream catalogStream() {
    return CatalogStream.builder()
        .name(name())
        .namespace(nullableText())
        .jsonSchema(r.nextInt(4) == 0 ? null : objectBlob())
        .supportedSyncModes(syncModes())
        .sourceDefinedCursor(bool())
        .defaultCursorField(strings())
        .sourceDefinedPrimaryKey(paths())
        .resumable(bool())
        .fileBased(bool())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  StreamConfig streamConfig() {
    return StreamConfig.builder()
        .syncMode(syncMode())
        .cursorField(strings())
        .destinationSyncMode(destinationSyncMode())
        .primaryKey(paths())
        .aliasName(nullableText())
        .selected(bool())
        .suggested(bool())
        .fieldSelectionEnabled(bool())
        .selectedFields(nullableBlob())
        .hashedFields(nullableBlob())
        .mappers(nullableBlob())
        .namespace(nullableText())
        .destinationObjectName(nullableText())
        .includeFiles(bool())
        .generationId(int64())
        .minimumGenerationId(int64())
        .syncId(int64())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  ConnectionSyncMode connectionSyncMode() {
    int k = r.nextInt(4);
    List<ConnectionSyncMode> known = ConnectionSyncMode.knownValues();
    return k == 0 ? null : k == 3 ? ConnectionSyncMode.of("x_" + text()) : known.get(r.nextInt(known.size()));
  }

  /** A public-API stream configuration, with unknown properties (settings of a newer Airbyte) now and then. */
  StreamConfiguration streamConfiguration() {
    int k = r.nextInt(4);
    return StreamConfiguration.builder()
        .name(name())
        .namespace(k == 0 ? null : k == 1 ? "" : text())
        .syncMode(connectionSyncMode())
        .cursorField(strings())
        .primaryKey(paths())
        .selectedFields(nullableBlob())
        .mappers(nullableBlob())
        .destinationObjectName(nullableText())
        .includeFiles(bool())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  SyncCatalog syncCatalog(boolean entryUnknowns) {
    SyncCatalog.Builder b = SyncCatalog.builder().putAllAdditionalProperties(unknown());
    for (int i = r.nextInt(5); i > 0; i--) {
      b.addStreams(SyncCatalogEntry.builder().stream(catalogStream()).config(streamConfig())
          .putAllAdditionalProperties(entryUnknowns ? unknown() : Map.of()).build());
    }
    return b.build();
  }

  AirbyteStream airbyteStream() {
    return AirbyteStream.builder()
        .name(name())
        .namespace(nullableText())
        .jsonSchema(r.nextInt(4) == 0 ? null : objectBlob())
        .supportedSyncModes(syncModes())
        .sourceDefinedCursor(bool())
        .defaultCursorField(strings())
        .sourceDefinedPrimaryKey(paths())
        .resumable(bool())
        .fileBased(bool())
        .putAllAdditionalProperties(unknown())
        .build();
  }

  /** A protocol catalog, with carried Config API fields in the encoding the converter writes. */
  ConfiguredAirbyteCatalog configuredCatalog() {
    ConfiguredAirbyteCatalog.Builder b = ConfiguredAirbyteCatalog.builder().putAllAdditionalProperties(unknown());
    for (int i = r.nextInt(5); i > 0; i--) {
      Map<String, RawJson> extra = new LinkedHashMap<>();
      if (r.nextBoolean()) {
        extra.put("alias_name", moshiString(text()));
      }
      if (r.nextBoolean()) {
        extra.put("selected", RawJson.of(Boolean.toString(r.nextBoolean())));
      }
      if (r.nextBoolean()) {
        extra.put("suggested", RawJson.of(Boolean.toString(r.nextBoolean())));
      }
      if (r.nextBoolean()) {
        extra.put("field_selection_enabled", RawJson.of(Boolean.toString(r.nextBoolean())));
      }
      for (String raw : List.of("selected_fields", "hashed_fields", "mappers")) {
        if (r.nextBoolean()) {
          extra.put(raw, blob());
        }
      }
      if (r.nextBoolean()) {
        extra.put("namespace", moshiString(text()));
      }
      extra.putAll(unknown());
      b.addStreams(ConfiguredAirbyteStream.builder()
          .stream(airbyteStream())
          .syncMode(syncMode())
          .cursorField(strings())
          .destinationSyncMode(destinationSyncMode())
          .primaryKey(paths())
          .destinationObjectName(nullableText())
          .generationId(int64())
          .minimumGenerationId(int64())
          .syncId(int64())
          .includeFiles(bool())
          .putAllAdditionalProperties(extra)
          .build());
    }
    return b.build();
  }

  static RawJson moshiString(String s) {
    Buffer buffer = new Buffer();
    try {
      JsonWriter.of(buffer).value(s).flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return RawJson.of(buffer.readUtf8());
  }
}
