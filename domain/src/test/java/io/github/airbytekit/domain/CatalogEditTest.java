package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Catalog edits change one entry and keep every other byte, unknown properties included. */
class CatalogEditTest {
  private static final String CATALOG = "{\"streams\":["
      + "{\"stream\":{\"name\":\"users\",\"namespace\":\"public\",\"jsonSchema\":{\"n\":1.10},\"futureStream\":1},"
      + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":false,"
      + "\"futureConfig\":{\"x\":[1]}},\"futureEntry\":true},"
      + "{\"stream\":{\"name\":\"events\"},\"config\":{\"selected\":true}}],\"futureCatalog\":\"k\"}";

  private static SyncCatalog read(String json) {
    return AirbyteJson.syncCatalog().read(json);
  }

  private static String write(SyncCatalog catalog) {
    return AirbyteJson.syncCatalog().write(catalog);
  }

  @Provide
  Arbitrary<Gen> gen() {
    return Arbitraries.randomValue(random -> new Gen(new Random(random.nextLong())));
  }

  @Test
  void streamIdsListEveryEntryInOrder() {
    assertThat(read(CATALOG).streamIds()).containsExactly(StreamId.of("users", "public"), StreamId.of("events", null));
  }

  @Test
  void findStreamMatchesNullAndEmptyNamespacesButNoOtherNamespace() {
    SyncCatalog catalog = read(CATALOG);

    assertThat(catalog.findStream(StreamId.of("events", ""))).hasValueSatisfying(
        e -> assertThat(e.getStream().getName()).isEqualTo("events"));
    assertThat(catalog.findStream(StreamId.of("users", null))).isEmpty();
  }

  @Test
  void editingOneConfigKeepsEveryOtherByte() {
    SyncCatalog catalog = read(CATALOG);
    SyncCatalogEntry users = catalog.findStream(StreamId.of("users", "public")).orElseThrow();

    SyncCatalog edited = catalog.withEntry(users.withConfig(users.getConfig()
        .withSelected(true)
        .withSyncMode(SyncMode.INCREMENTAL)
        .withDestinationSyncMode(DestinationSyncMode.APPEND_DEDUP)
        .withCursorField(List.of("updated_at"))
        .withPrimaryKey(List.of(List.of("id")))));

    assertThat(write(edited)).isEqualTo(CATALOG.replace(
        "\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":false",
        "\"syncMode\":\"incremental\",\"cursorField\":[\"updated_at\"],\"destinationSyncMode\":\"append_dedup\","
            + "\"primaryKey\":[[\"id\"]],\"selected\":true"));
  }

  @Test
  void withEntryAppendsAStreamTheCatalogLacks() {
    SyncCatalogEntry orders = SyncCatalogEntry.builder()
        .stream(CatalogStream.builder().name("orders").build())
        .config(StreamConfig.builder().selected(true).build())
        .build();

    assertThat(write(read(CATALOG).withEntry(orders))).isEqualTo(CATALOG.replace("}}],\"futureCatalog\"",
        "}},{\"stream\":{\"name\":\"orders\"},\"config\":{\"selected\":true}}],\"futureCatalog\""));
  }

  @Test
  void withoutStreamRemovesOnlyThatEntry() {
    SyncCatalog catalog = read(CATALOG);

    SyncCatalog without = catalog.withoutStream(StreamId.of("events", null));

    assertThat(write(without)).isEqualTo(CATALOG.replace(",{\"stream\":{\"name\":\"events\"},\"config\":{\"selected\":true}}", ""));
    assertThat(catalog.withoutStream(StreamId.of("nope", null))).isSameAs(catalog);
  }

  @Test
  void twoEntriesForOneStreamAreRefusedNamingBoth() {
    SyncCatalog twice = read("{\"streams\":[{\"stream\":{\"name\":\"a\"},\"config\":{}},"
        + "{\"stream\":{\"name\":\"a\",\"namespace\":\"\"},\"config\":{}}]}");

    assertThatThrownBy(() -> twice.findStream(StreamId.of("a", null)))
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage("$.streams[0] and $.streams[1] both name stream a");
    assertThatThrownBy(() -> twice.withEntry(twice.getStreams().get(0)))
        .isInstanceOf(AirbyteDataException.class);
  }

  @Test
  void unchangedEditsReturnTheSameValue() {
    StreamConfig config = read(CATALOG).getStreams().get(0).getConfig();

    assertThat(config.withSelected(false)).isSameAs(config);
  }

  @Test
  void editedListsAreCopied() {
    List<List<String>> key = new ArrayList<>();
    key.add(new ArrayList<>(List.of("id")));
    StreamConfig config = StreamConfig.builder().build().withPrimaryKey(key);
    key.get(0).add("tenant");
    key.add(List.of("x"));

    assertThat(config.getPrimaryKey()).containsExactly(List.of("id"));
  }

  @Property(tries = 200)
  void replacingEveryEntryWithItselfChangesNothing(@ForAll("gen") Gen g) {
    SyncCatalog catalog = g.syncCatalog(true);
    SyncCatalog same = catalog;
    try {
      for (SyncCatalogEntry entry : catalog.getStreams()) {
        same = same.withEntry(entry.withConfig(entry.getConfig()));
      }
    } catch (AirbyteDataException duplicates) {
      return; // random names may repeat; that case has its own test
    }
    assertThat(write(same)).isEqualTo(write(catalog));
  }

  @Property(tries = 200)
  void configEditsKeepUnknownPropertiesAndBlobs(@ForAll("gen") Gen g) {
    StreamConfig config = g.streamConfig();
    StreamConfig edited = config.withSelected(true).withSyncMode(SyncMode.FULL_REFRESH)
        .withDestinationSyncMode(DestinationSyncMode.OVERWRITE).withCursorField(null).withPrimaryKey(List.of());

    assertThat(edited.getAdditionalProperties()).isEqualTo(config.getAdditionalProperties());
    assertThat(edited.getMappers()).isEqualTo(config.getMappers());
    assertThat(edited.getSelectedFields()).isEqualTo(config.getSelectedFields());
    assertThat(edited.getGenerationId()).isEqualTo(config.getGenerationId());
  }
}
