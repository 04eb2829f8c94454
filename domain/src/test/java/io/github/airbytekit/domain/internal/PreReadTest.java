package io.github.airbytekit.domain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The HTTP-body fast path: domain values are read from the bytes before Moshi, with the same results and paths. */
class PreReadTest {
  private static final Moshi MOSHI = new Moshi.Builder().add(AirbyteJson.adapterFactory()).build();
  private static final String CATALOG = "{\"streams\":[{\"stream\":{\"name\":\"users\"},\"config\":{\"syncMode\":"
      + "\"incremental\",\"destinationSyncMode\":\"append\",\"future\":{\"x\":1.50}}}],\"top\":[1]}";

  /** A generated model's shape: plain fields read by Moshi's reflective adapter. */
  static final class Connection {
    @Nullable String name;
    @Nullable SyncCatalog syncCatalog;
  }

  private static PreRead.Plan connectionPlan() {
    return PreRead.Plan.of(MOSHI.adapter(Connection.class),
        Map.of("name", MOSHI.adapter(String.class), "syncCatalog", MOSHI.adapter(SyncCatalog.class)));
  }

  private static <T> T readWith(PreRead preRead, Class<T> type) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(preRead.remainder()));
    reader.setTag(PreRead.class, preRead);
    return MOSHI.adapter(type).fromJson(reader);
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTopLevelDomainMemberIsReadBeforeMoshiAndLeavesAPlaceholder() throws IOException {
    PreRead preRead = connectionPlan().read(utf8("{\"name\":\"c\", \"syncCatalog\" : " + CATALOG + " ,\"n\":2}"));
    assertThat(new String(preRead.remainder(), StandardCharsets.UTF_8))
        .isEqualTo("{\"name\":\"c\", \"syncCatalog\" : 0 ,\"n\":0}");
    Connection connection = readWith(preRead, Connection.class);
    assertThat(connection.name).isEqualTo("c");
    assertThat(AirbyteJson.syncCatalog().write(connection.syncCatalog)).isEqualTo(CATALOG);
  }

  @Test
  void aDocumentOfADomainTypeIsReadWhole() throws IOException {
    String state = "{\"stateType\":\"legacy\",\"state\":{\"cursor\":12345678901234567890123}}";
    PreRead preRead = PreRead.Plan.of(MOSHI.adapter(ConnectionState.class), Map.of()).read(utf8(state));
    assertThat(AirbyteJson.connectionState().write(readWith(preRead, ConnectionState.class))).isEqualTo(state);
  }

  @Test
  void nothingToGainWithoutDomainTypesMeansNoPlan() {
    assertThat(PreRead.Plan.of(MOSHI.adapter(String.class), Map.of("name", MOSHI.adapter(String.class)))).isNull();
  }

  @Test
  void documentsThatDoNotFitThePlanAreLeftToMoshisPath() {
    PreRead.Plan plan = connectionPlan();
    assertThat(plan.read(utf8("[1]"))).isNull();
    assertThat(plan.read(utf8("{\"name\":\"c\"}"))).isNull();
    assertThat(new String(plan.read(utf8("{\"name\":\"c\",\"new\":[[1]]}")).remainder(), StandardCharsets.UTF_8))
        .isEqualTo("{\"name\":\"c\",\"new\":0}"); // Moshi skips it either way, with a nesting limit
    assertThat(plan.read(utf8("{\"syncCatalog\":null}"))).isNull();
    assertThat(plan.read(utf8("{\"syncCatalog\":" + CATALOG + ",\"syncCatalog\":" + CATALOG + "}"))).isNull();
    assertThat(plan.read(utf8("{\"syncCatalog\":" + CATALOG + ",\"name\":tru}"))).isNull();
    assertThat(plan.read(utf8("{\"syncCatalog\":{\"streams\":[{}]}}"))).isNull();
  }

  @Test
  void moshisPathNamesTheFullPathFromTheRoot() {
    JsonAdapter<Connection> adapter = MOSHI.adapter(Connection.class);
    String bad = "{\"name\":\"c\",\"syncCatalog\":{\"streams\":[" + entry() + "," + entry() + "," + entry() + ","
        + "{\"stream\":{\"name\":\"x\"},\"config\":{\"syncMode\":7,\"destinationSyncMode\":\"append\"}}]}}";
    assertThat(connectionPlan().read(utf8(bad))).isNull();
    assertThatThrownBy(() -> adapter.fromJson(bad))
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage("$.syncCatalog.streams[3].config.syncMode must be a string, was a number")
        .matches(e -> ((AirbyteDataException) e).jsonPath().equals("$.syncCatalog.streams[3].config.syncMode"));
  }

  private static String entry() {
    return "{\"stream\":{\"name\":\"x\"},\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"append\"}}";
  }
}
