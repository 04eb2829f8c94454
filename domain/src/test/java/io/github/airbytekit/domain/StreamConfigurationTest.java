package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The public API's per-stream configuration is read and written back without losing a byte. */
class StreamConfigurationTest {
  private static final JsonCodec<StreamConfiguration> CODEC = AirbyteJson.streamConfiguration();
  private static final JsonAdapter<StreamConfiguration> MOSHI =
      new Moshi.Builder().add(AirbyteJson.adapterFactory()).build().adapter(StreamConfiguration.class);

  static final String USERS = "{\"name\":\"users\",\"namespace\":\"public\",\"syncMode\":\"incremental_deduped_history\","
      + "\"cursorField\":[\"updated_at\"],\"primaryKey\":[[\"id\"]],"
      + "\"selectedFields\":[{\"fieldPath\":[\"id\"]},{\"fieldPath\":[\"email\"],\"later\":1.10}],"
      + "\"mappers\":[{\"type\":\"hashing\",\"mapperConfiguration\":{\"fieldName\":\"email\",\"x\":12345678901234567890}}],"
      + "\"destinationObjectName\":\"users_v2\",\"includeFiles\":false,"
      + "\"futureSetting\":{\"x\":1},\"futureFlag\":1E+400}";

  @Provide
  Arbitrary<Gen> gen() {
    return Arbitraries.randomValue(random -> new Gen(new Random(random.nextLong())));
  }

  @Property(tries = 300)
  void writingThenReadingIsTheIdentity(@ForAll("gen") Gen g) {
    StreamConfiguration c = g.streamConfiguration();
    assertThat(CODEC.read(CODEC.write(c))).isEqualTo(c);
  }

  @Property(tries = 300)
  void whatIsReadIsWrittenBackByteForByteWithEveryUnknownProperty(@ForAll("gen") Gen g) throws Exception {
    String json = CODEC.write(g.streamConfiguration());
    assertThat(CODEC.write(CODEC.read(json))).isEqualTo(json);
    // The Moshi adapter (used by the api-client) reads the same value and writes the same bytes.
    assertThat(MOSHI.fromJson(json)).isEqualTo(CODEC.read(json));
    assertThat(MOSHI.toJson(MOSHI.fromJson(json))).isEqualTo(json);
  }

  @Property(tries = 200)
  void editsKeepEveryUnknownPropertyAndBlob(@ForAll("gen") Gen g) {
    StreamConfiguration c = g.streamConfiguration();
    StreamConfiguration edited = c.withSyncMode(ConnectionSyncMode.FULL_REFRESH_APPEND)
        .withCursorField(List.of("c"))
        .withPrimaryKey(null);
    assertThat(edited.getAdditionalProperties()).isEqualTo(c.getAdditionalProperties());
    assertThat(edited.getSelectedFields()).isEqualTo(c.getSelectedFields());
    assertThat(edited.getMappers()).isEqualTo(c.getMappers());
    assertThat(edited.id()).isEqualTo(c.id());
  }

  @Test
  void aSettingOfANewerAirbyteSurvivesAReadAndAWrite() {
    StreamConfiguration users = CODEC.read(USERS);

    assertThat(users.getAdditionalProperties()).containsOnlyKeys("futureSetting", "futureFlag");
    assertThat(users.getAdditionalProperties().get("futureSetting").toJson()).isEqualTo("{\"x\":1}");
    assertThat(CODEC.write(users)).isEqualTo(USERS);
  }

  @Test
  void changingTheSyncModeChangesOnlyThatProperty() {
    StreamConfiguration users = CODEC.read(USERS).withSyncMode(ConnectionSyncMode.FULL_REFRESH_OVERWRITE);

    assertThat(CODEC.write(users))
        .isEqualTo(USERS.replace("incremental_deduped_history", "full_refresh_overwrite"));
  }

  @Test
  void knownPropertiesAreTyped() {
    StreamConfiguration users = CODEC.read(USERS);

    assertThat(users.getName()).isEqualTo("users");
    assertThat(users.getNamespace()).isEqualTo("public");
    assertThat(users.getSyncMode()).isSameAs(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY);
    assertThat(users.getCursorField()).containsExactly("updated_at");
    assertThat(users.getPrimaryKey()).containsExactly(List.of("id"));
    assertThat(users.getDestinationObjectName()).isEqualTo("users_v2");
    assertThat(users.isIncludeFiles()).isFalse();
    assertThat(users.id()).isEqualTo(StreamId.of("users", "public"));
  }

  @Test
  void anUnknownSyncModeKeepsItsText() {
    StreamConfiguration c = CODEC.read("{\"name\":\"a\",\"syncMode\":\"incremental_resumable\"}");

    assertThat(c.getSyncMode().isKnown()).isFalse();
    assertThat(CODEC.write(c)).isEqualTo("{\"name\":\"a\",\"syncMode\":\"incremental_resumable\"}");
  }

  @Test
  void blobsKeepJsonNullApartFromAbsent() {
    StreamConfiguration nulls = CODEC.read("{\"name\":\"a\",\"selectedFields\":null,\"syncMode\":null}");

    assertThat(nulls.getSelectedFields()).isEqualTo(RawJson.nullValue());
    assertThat(nulls.getMappers()).isNull();
    assertThat(nulls.getSyncMode()).isNull();
    assertThat(CODEC.write(nulls)).isEqualTo("{\"name\":\"a\",\"selectedFields\":null}");
  }

  @Test
  void ofNamesOnlyTheStream() {
    assertThat(CODEC.write(StreamConfiguration.of("users", null))).isEqualTo("{\"name\":\"users\"}");
    assertThat(CODEC.write(StreamConfiguration.of("users", "public")))
        .isEqualTo("{\"name\":\"users\",\"namespace\":\"public\"}");
    assertThat(StreamConfiguration.of("users", "").id()).isEqualTo(StreamConfiguration.of("users", null).id());
  }

  @Test
  void aMissingNameIsRefusedWithItsPath() {
    assertThatThrownBy(() -> CODEC.read("{\"namespace\":\"public\"}"))
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage("$.name is required");
  }

  @Test
  void listsAreCopiedOnEdit() {
    List<String> cursor = new ArrayList<>(List.of("a"));
    StreamConfiguration c = StreamConfiguration.of("s", null).withCursorField(cursor);
    cursor.add("b");

    assertThat(c.getCursorField()).containsExactly("a");
  }

  @Test
  void anUnknownPropertyMayNotReuseAKnownName() {
    assertThatThrownBy(() -> StreamConfiguration.builder().name("s")
        .putAdditionalProperties("syncMode", RawJson.of("\"x\"")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[syncMode]");
  }
}
