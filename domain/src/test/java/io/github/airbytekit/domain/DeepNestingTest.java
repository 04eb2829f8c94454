package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blobs of any depth pass every codec and the Moshi adapters: no "Nesting too deep", no stack overflow. Connectors
 * keep arbitrary JSON in state, and a schema can nest as deep as its source's data.
 */
class DeepNestingTest {
  static final int DEPTH = 10_000;
  static final String DEEP = "[".repeat(DEPTH / 2) + "{\"a\":".repeat(DEPTH / 2) + "\"\u00e9\"" + "}".repeat(DEPTH / 2)
      + "]".repeat(DEPTH / 2);
  private static final Moshi MOSHI = new Moshi.Builder().add(AirbyteJson.adapterFactory()).build();

  @Test
  void configStateWithADeepBlobPassesTheCodecTheConversionsAndTheAdapter() throws IOException {
    String json = "{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"s\"},\"streamState\":"
        + DEEP + ",\"x\":" + DEEP + "}],\"y\":" + DEEP + "}";
    ConnectionState state = AirbyteJson.connectionState().read(json);
    assertThat(AirbyteJson.connectionState().write(state)).isEqualTo(json);
    assertThat(AirbyteJson.readStateOfAnyForm(json, null)).isEqualTo(state);
    String protocol = AirbyteJson.stateMessages().write(StateConverter.toProtocol(state));
    assertThat(StateConverter.fromProtocol(AirbyteJson.stateMessages().read(protocol), null).getStreamState())
        .isEqualTo(state.getStreamState());
    assertThat(AirbyteJson.readStateOfAnyForm(protocol, null).getStreamState()).isEqualTo(state.getStreamState());

    JsonAdapter<ConnectionState> adapter = MOSHI.adapter(ConnectionState.class);
    assertThat(adapter.toJson(adapter.fromJson(json))).isEqualTo(json);
  }

  @Test
  void globalAndLegacyStatesWithDeepBlobsRoundTrip() throws IOException {
    String global = "{\"stateType\":\"global\",\"globalState\":{\"shared_state\":" + DEEP
        + ",\"streamStates\":[{\"streamDescriptor\":{\"name\":\"s\"},\"streamState\":" + DEEP + "}]}}";
    String legacy = "{\"stateType\":\"legacy\",\"state\":" + DEEP + "}";
    for (String json : List.of(global, legacy)) {
      ConnectionState state = AirbyteJson.connectionState().read(json);
      assertThat(AirbyteJson.connectionState().write(state)).isEqualTo(json);
      List<AirbyteStateMessage> messages = StateConverter.toProtocol(state);
      assertThat(AirbyteJson.stateMessage().read(AirbyteJson.stateMessage().write(messages.get(0))))
          .isEqualTo(messages.get(0));
      assertThat(MOSHI.adapter(ConnectionState.class).fromJson(json)).isEqualTo(state);
    }
  }

  @Test
  void catalogsWithADeepSchemaPassBothFormsAndTheAdapter() throws IOException {
    String json = "{\"streams\":[{\"stream\":{\"name\":\"s\",\"jsonSchema\":{\"properties\":" + DEEP
        + "},\"supportedSyncModes\":[\"full_refresh\"]},\"config\":{\"syncMode\":\"full_refresh\","
        + "\"destinationSyncMode\":\"overwrite\",\"mappers\":" + DEEP + "}}]}";
    SyncCatalog catalog = AirbyteJson.syncCatalog().read(json);
    assertThat(AirbyteJson.syncCatalog().write(catalog)).isEqualTo(json);
    String protocol = AirbyteJson.configuredCatalog().write(CatalogConverter.toProtocol(catalog));
    assertThat(AirbyteJson.readCatalogOfAnyForm(protocol)).isEqualTo(catalog);
    assertThat(AirbyteJson.detectCatalogForm(json)).isEqualTo(JsonForm.CONFIG_API);
    assertThat(MOSHI.adapter(SyncCatalog.class).fromJson(json)).isEqualTo(catalog);
  }

  @Test
  void streamConfigurationsAndRawJsonWithDeepValuesRoundTrip() throws IOException {
    String json = "{\"name\":\"s\",\"mappers\":" + DEEP + ",\"future\":" + DEEP + "}";
    StreamConfiguration configuration = AirbyteJson.streamConfiguration().read(json);
    assertThat(AirbyteJson.streamConfiguration().write(configuration)).isEqualTo(json);
    assertThat(MOSHI.adapter(StreamConfiguration.class).fromJson(json)).isEqualTo(configuration);
    assertThat(RawJson.of(DEEP).toJson()).isEqualTo(DEEP);
    assertThat(MOSHI.adapter(RawJson.class).toJson(MOSHI.adapter(RawJson.class).fromJson(DEEP))).isEqualTo(DEEP);
  }
}
