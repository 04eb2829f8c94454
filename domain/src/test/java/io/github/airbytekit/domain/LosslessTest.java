package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every digit, key, escape and unknown property survives reading, writing and converting. */
class LosslessTest {
  static final String BLOB = "{\"big\":12345678901234567890123,\"dec\":0.1000000000000000055511151231257827,"
      + "\"port\":5432,\"exp\":1E+400,\"neg\":-0.0,\"z\":\"\\u00e9\\ud83d\\ude00 é😀\",\"a\":[{\"b\":{}}],\"dup\":1,\"dup\":2}";

  static final String CONFIG_STREAM = "{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":["
      + "{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\",\"futureDesc\":[1]},"
      + "\"streamState\":" + BLOB + ",\"futureEntry\":{\"x\":1.50}},"
      + "{\"streamDescriptor\":{\"name\":\"nulls\"},\"streamState\":null},"
      + "{\"streamDescriptor\":{\"name\":\"absent\"}}],\"futureTop\":true}";

  @Test
  void configStateWritesBackByteForByteIncludingUnknownPropertiesAndNullBlobs() {
    ConnectionState s = AirbyteJson.connectionState().read(CONFIG_STREAM);
    assertThat(AirbyteJson.connectionState().write(s)).isEqualTo(CONFIG_STREAM);
    assertThat(s.getStreamState().get(1).getStreamState()).isEqualTo(RawJson.nullValue());
    assertThat(s.getStreamState().get(2).getStreamState()).isNull();
  }

  @Test
  void streamEntryAndDescriptorUnknownPropertiesCrossToProtocolAndBack() {
    ConnectionState s = AirbyteJson.connectionState().read(CONFIG_STREAM);
    String protocol = AirbyteJson.stateMessages().write(StateConverter.toProtocol(s));
    assertThat(protocol).isEqualTo("[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"users\","
        + "\"namespace\":\"public\",\"futureDesc\":[1]},\"stream_state\":" + BLOB + ",\"futureEntry\":{\"x\":1.50}}},"
        + "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"nulls\"},\"stream_state\":null}},"
        + "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"absent\"}}}]");
    ConnectionState back = StateConverter.fromProtocol(AirbyteJson.stateMessages().read(protocol), "c");
    // The top-level unknown property of a stream state has no place in a list of messages (documented).
    assertThat(AirbyteJson.connectionState().write(back)).isEqualTo(CONFIG_STREAM.replace(",\"futureTop\":true", ""));
  }

  @Test
  void globalStateKeepsSharedStateAndUnknownPropertiesBothWays() {
    String config = "{\"stateType\":\"global\",\"connectionId\":\"c\",\"globalState\":{\"shared_state\":" + BLOB
        + ",\"streamStates\":[{\"streamDescriptor\":{\"name\":\"u\"},\"streamState\":{\"lsn\":5432}}],\"g\":1},\"top\":[]}";
    ConnectionState s = AirbyteJson.connectionState().read(config);
    String protocol = AirbyteJson.stateMessages().write(StateConverter.toProtocol(s));
    assertThat(protocol).isEqualTo("[{\"type\":\"GLOBAL\",\"global\":{\"shared_state\":" + BLOB + ",\"stream_states\":"
        + "[{\"stream_descriptor\":{\"name\":\"u\"},\"stream_state\":{\"lsn\":5432}}],\"g\":1},\"top\":[]}]");
    ConnectionState back = StateConverter.fromProtocol(AirbyteJson.stateMessages().read(protocol), "c");
    assertThat(AirbyteJson.connectionState().write(back)).isEqualTo(config);
  }

  @Test
  void catalogCarriesNonProtocolConfigFieldsUnderSnakeCaseNamesAndRestoresThem() {
    String config = "{\"streams\":[{\"stream\":{\"name\":\"u\",\"namespace\":\"src\",\"jsonSchema\":{\"type\":\"object\","
        + "\"properties\":{\"id\":{\"type\":\"integer\",\"maximum\":12345678901234567890123}}},"
        + "\"supportedSyncModes\":[\"full_refresh\",\"future_mode\"],\"isResumable\":true,\"isFileBased\":false,\"streamX\":1},"
        + "\"config\":{\"syncMode\":\"incremental\",\"cursorField\":[\"updated_at\"],\"destinationSyncMode\":\"overwrite_dedup\","
        + "\"primaryKey\":[[\"id\"],[\"tenant\",\"id\"]],\"aliasName\":\"users_\\\"alias\\\"\",\"selected\":false,\"suggested\":true,"
        + "\"fieldSelectionEnabled\":true,\"selectedFields\":[{\"fieldPath\":[\"id\"]}],\"hashedFields\":[],"
        + "\"mappers\":[{\"type\":\"hashing\",\"mapperConfiguration\":{\"x\":1}}],\"namespace\":\"dest\","
        + "\"destinationObjectName\":\"obj\",\"includeFiles\":false,\"generationId\":9007199254740993,"
        + "\"minimumGenerationId\":0,\"syncId\":-1,\"configX\":{\"k\":0.10}}}],\"catalogX\":\"y\"}";
    SyncCatalog c = AirbyteJson.syncCatalog().read(config);
    assertThat(AirbyteJson.syncCatalog().write(c)).isEqualTo(config);
    String protocol = AirbyteJson.configuredCatalog().write(CatalogConverter.toProtocol(c));
    assertThat(protocol).isEqualTo("{\"streams\":[{\"stream\":{\"name\":\"u\",\"namespace\":\"src\",\"json_schema\":"
        + "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\",\"maximum\":12345678901234567890123}}},"
        + "\"supported_sync_modes\":[\"full_refresh\",\"future_mode\"],\"is_resumable\":true,\"is_file_based\":false,\"streamX\":1},"
        + "\"sync_mode\":\"incremental\",\"cursor_field\":[\"updated_at\"],\"destination_sync_mode\":\"overwrite_dedup\","
        + "\"primary_key\":[[\"id\"],[\"tenant\",\"id\"]],\"destination_object_name\":\"obj\",\"generation_id\":9007199254740993,"
        + "\"minimum_generation_id\":0,\"sync_id\":-1,\"include_files\":false,\"alias_name\":\"users_\\\"alias\\\"\","
        + "\"selected\":false,\"suggested\":true,\"field_selection_enabled\":true,\"selected_fields\":[{\"fieldPath\":[\"id\"]}],"
        + "\"hashed_fields\":[],\"mappers\":[{\"type\":\"hashing\",\"mapperConfiguration\":{\"x\":1}}],\"namespace\":\"dest\","
        + "\"configX\":{\"k\":0.10}}],\"catalogX\":\"y\"}");
    SyncCatalog back = CatalogConverter.fromProtocol(AirbyteJson.configuredCatalog().read(protocol));
    assertThat(back).isEqualTo(c);
    assertThat(AirbyteJson.syncCatalog().write(back)).isEqualTo(config);
  }

  @Test
  void connectorCatalogKeepsOnlySelectedStreamsAndProtocolFields() {
    String config = "{\"streams\":["
        + "{\"stream\":{\"name\":\"a\",\"jsonSchema\":{},\"supportedSyncModes\":[\"full_refresh\"],\"x\":1},"
        + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"append\",\"selected\":true,\"aliasName\":\"z\",\"y\":2}},"
        + "{\"stream\":{\"name\":\"b\"},\"config\":{\"selected\":false}},"
        + "{\"stream\":{\"name\":\"c\",\"jsonSchema\":{},\"supportedSyncModes\":[]},"
        + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\"}}],\"top\":0}";
    String expected = "{\"streams\":["
        + "{\"stream\":{\"name\":\"a\",\"json_schema\":{},\"supported_sync_modes\":[\"full_refresh\"]},"
        + "\"sync_mode\":\"full_refresh\",\"destination_sync_mode\":\"append\"},"
        + "{\"stream\":{\"name\":\"c\",\"json_schema\":{},\"supported_sync_modes\":[]},"
        + "\"sync_mode\":\"full_refresh\",\"destination_sync_mode\":\"overwrite\"}]}";
    SyncCatalog c = AirbyteJson.syncCatalog().read(config);
    assertThat(AirbyteJson.configuredCatalog().write(CatalogConverter.toConnectorCatalog(c))).isEqualTo(expected);
    assertThat(AirbyteJson.configuredCatalog().write(
        CatalogConverter.toConnectorCatalog(CatalogConverter.toProtocol(c)))).isEqualTo(expected);
  }

  @Test
  void escapedNamesAreDecodedAndWrittenBackAsMoshiWritesThem() {
    String json = "{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":"
        + "\"\\ud83d\\ude00\\u00e9\\n\\\"q\\\\ \\/ é😀\",\"namespace\":\"\"}}]}";
    ConnectionState s = AirbyteJson.connectionState().read(json);
    assertThat(s.getStreamState().get(0).getStreamDescriptor().getName()).isEqualTo("😀é\n\"q\\ / é😀");
    assertThat(s.findStream("😀é\n\"q\\ / é😀", null)).isPresent();
    assertThat(AirbyteJson.connectionState().read(AirbyteJson.connectionState().write(s))).isEqualTo(s);
  }

  @Test
  void unknownEnumValuesKeepTheirWireString() {
    String json = "{\"stateType\":\"future_kind\",\"connectionId\":\"c\"}";
    ConnectionState s = AirbyteJson.connectionState().read(json);
    assertThat(s.getStateType().isKnown()).isFalse();
    assertThat(s.getStateType().wireValue()).isEqualTo("future_kind");
    assertThat(AirbyteJson.connectionState().write(s)).isEqualTo(json);
    assertThat(StateType.of("global")).isSameAs(StateType.GLOBAL);
  }

  @Test
  void streamsInAndOutWithoutClosingTheCallersStreams() {
    ByteArrayInputStream in = new ByteArrayInputStream(CONFIG_STREAM.getBytes(StandardCharsets.UTF_8));
    ConnectionState s = AirbyteJson.connectionState().read(in);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AirbyteJson.connectionState().write(s, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CONFIG_STREAM);
  }

  @Test
  void adapterFactoryPlugsTheTypesIntoAnyMoshi() throws IOException {
    Moshi moshi = new Moshi.Builder().add(AirbyteJson.adapterFactory()).build();
    JsonAdapter<ConnectionState> adapter = moshi.adapter(ConnectionState.class);
    assertThat(adapter.toJson(adapter.fromJson(CONFIG_STREAM))).isEqualTo(CONFIG_STREAM);
    JsonAdapter<List<AirbyteStateMessage>> list =
        moshi.adapter(Types.newParameterizedType(List.class, AirbyteStateMessage.class));
    String messages = "[{\"type\":\"LEGACY\",\"data\":" + BLOB + "}]";
    assertThat(list.toJson(list.fromJson(messages))).isEqualTo(messages);
    JsonAdapter<RawJson> raw = moshi.adapter(RawJson.class);
    assertThat(raw.fromJson(BLOB).toJson()).isEqualTo(BLOB);
    assertThat(raw.fromJson("null")).isEqualTo(RawJson.nullValue());
    assertThat(moshi.adapter(SyncMode.class).fromJson("\"incremental\"")).isSameAs(SyncMode.INCREMENTAL);
  }

  @Test
  void valuesAreImmutableEvenWhenBuiltFromMutableLists() {
    java.util.List<String> cursor = new java.util.ArrayList<>(List.of("updated_at"));
    java.util.List<java.util.List<String>> key = new java.util.ArrayList<>();
    key.add(new java.util.ArrayList<>(List.of("id")));
    StreamConfig config = StreamConfig.builder().cursorField(cursor).primaryKey(key).build();
    cursor.add("x");
    key.get(0).add("y");
    assertThat(config.getCursorField()).containsExactly("updated_at");
    assertThat(config.getPrimaryKey()).containsExactly(List.of("id"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> config.getCursorField().add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> config.getPrimaryKey().get(0).add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    ConnectionState read = AirbyteJson.connectionState().read(CONFIG_STREAM);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.getStreamState().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void additionalPropertiesCannotShadowKnownOnes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamDescriptor.builder().name("a")
            .putAdditionalProperties("namespace", RawJson.of("1")).putAdditionalProperties("name", RawJson.of("2"))
            .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("StreamDescriptor: additional properties [name, namespace] are known properties; set them"
            + " through their own attributes");
  }

  @Test
  void rawJsonToStringHidesTheText() {
    RawJson secret = RawJson.of("{\"password\":\"hunter2\"}");
    assertThat(secret.toString()).isEqualTo("RawJson{object, 22 bytes}").doesNotContain("hunter2");
    assertThat(ConnectionState.builder().stateType(StateType.LEGACY).state(secret).build().toString())
        .doesNotContain("hunter2");
  }

  @Test
  void rawJsonKeepsTheTextButNotSurroundingWhitespace() {
    assertThat(RawJson.of("  {\"b\": 1,\n \"a\":2}\n").toJson()).isEqualTo("{\"b\": 1,\n \"a\":2}");
    assertThat(RawJson.of("null")).isSameAs(RawJson.nullValue());
    assertThat(RawJson.of("12345678901234567890123").toJson()).isEqualTo("12345678901234567890123");
  }
}
