package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The entry points a command line uses: documents read from their bytes, values written into a Moshi writer. */
class ByteEntryPointsTest {
  private static final String CONFIG =
      "{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"s\"},"
          + "\"streamState\":{\"n\": 1.10}}]}";
  private static final String CATALOG =
      "{\"streams\":[{\"stream\":{\"name\":\"s\",\"jsonSchema\":{}},\"config\":{\"syncMode\":\"full_refresh\"}}]}";

  @Test
  void stateOfEitherFormReadsFromBytesAsFromText() {
    String protocol = AirbyteJson.stateMessages().write(StateConverter.toProtocol(AirbyteJson.connectionState().read(CONFIG)));

    for (String json : new String[] {CONFIG, protocol}) {
      assertThat(AirbyteJson.readStateOfAnyForm(json.getBytes(StandardCharsets.UTF_8), "other"))
          .isEqualTo(AirbyteJson.readStateOfAnyForm(json, "other"));
    }
  }

  @Test
  void catalogReadsFromBytesAsFromText() {
    assertThat(AirbyteJson.readCatalogOfAnyForm(CATALOG.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(AirbyteJson.readCatalogOfAnyForm(CATALOG));
  }

  @Test
  void aValueStreamsIntoAnIndentedWriterWithItsBlobsVerbatim() throws IOException {
    ConnectionState state = AirbyteJson.connectionState().read(CONFIG);
    Buffer out = new Buffer();
    try (JsonWriter writer = JsonWriter.of(out)) {
      writer.setIndent(" ");
      writer.beginArray();
      AirbyteJson.connectionState().write(state, writer);
      writer.endArray();
    }

    String json = out.readUtf8();
    assertThat(json).startsWith("[\n {\n  \"stateType\": \"stream\",").contains("\"streamState\": {\"n\": 1.10}");
    assertThat(AirbyteJson.connectionState().read(json.substring(1, json.length() - 1))).isEqualTo(state);
  }
}
