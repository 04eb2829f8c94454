package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For arbitrary states and catalogs (blobs with huge integers, long decimals, unicode keys and escapes, deep
 * nesting, unknown properties everywhere): conversions round-trip and writing then reading is the identity.
 */
class RoundTripPropertiesTest {
  @Provide
  Arbitrary<Gen> gen() {
    return Arbitraries.randomValue(random -> new Gen(new Random(random.nextLong())));
  }

  @Property(tries = 300)
  void configStateToProtocolAndBackIsTheIdentity(@ForAll("gen") Gen g) {
    ConnectionState s = g.convertibleState();
    assertThat(StateConverter.fromProtocol(StateConverter.toProtocol(s), s.getConnectionId())).isEqualTo(s);
  }

  @Property(tries = 300)
  void protocolStateToConfigAndBackIsTheIdentity(@ForAll("gen") Gen g) {
    List<AirbyteStateMessage> m = g.convertibleMessages();
    assertThat(StateConverter.toProtocol(StateConverter.fromProtocol(m, "c"))).isEqualTo(m);
  }

  @Property(tries = 300)
  void configCatalogToProtocolAndBackIsTheIdentity(@ForAll("gen") Gen g) {
    SyncCatalog c = g.syncCatalog(false);
    assertThat(CatalogConverter.fromProtocol(CatalogConverter.toProtocol(c))).isEqualTo(c);
  }

  @Property(tries = 300)
  void protocolCatalogToConfigAndBackIsTheIdentity(@ForAll("gen") Gen g) {
    ConfiguredAirbyteCatalog c = g.configuredCatalog();
    assertThat(CatalogConverter.toProtocol(CatalogConverter.fromProtocol(c))).isEqualTo(c);
  }

  @Property(tries = 300)
  void writingThenReadingEveryFormIsTheIdentity(@ForAll("gen") Gen g) {
    ConnectionState state = g.anyState();
    assertThat(AirbyteJson.connectionState().read(AirbyteJson.connectionState().write(state))).isEqualTo(state);

    List<AirbyteStateMessage> messages = g.convertibleMessages();
    assertThat(AirbyteJson.stateMessages().read(AirbyteJson.stateMessages().write(messages))).isEqualTo(messages);

    SyncCatalog catalog = g.syncCatalog(true);
    assertThat(AirbyteJson.syncCatalog().read(AirbyteJson.syncCatalog().write(catalog))).isEqualTo(catalog);

    ConfiguredAirbyteCatalog configured = g.configuredCatalog();
    assertThat(AirbyteJson.configuredCatalog().read(AirbyteJson.configuredCatalog().write(configured)))
        .isEqualTo(configured);
  }

  private static final Moshi MOSHI = new Moshi.Builder().add(AirbyteJson.adapterFactory()).build();

  @Property(tries = 200)
  void moshiAdaptersAndTheFastReaderAgree(@ForAll("gen") Gen g) throws Exception {
    String state = AirbyteJson.connectionState().write(g.anyState());
    JsonAdapter<ConnectionState> stateAdapter = MOSHI.adapter(ConnectionState.class);
    assertThat(stateAdapter.fromJson(state)).isEqualTo(AirbyteJson.connectionState().read(state));
    assertThat(stateAdapter.toJson(stateAdapter.fromJson(state))).isEqualTo(state);

    String catalog = AirbyteJson.syncCatalog().write(g.syncCatalog(true));
    assertThat(MOSHI.adapter(SyncCatalog.class).fromJson(catalog)).isEqualTo(AirbyteJson.syncCatalog().read(catalog));

    String configured = AirbyteJson.configuredCatalog().write(g.configuredCatalog());
    assertThat(MOSHI.adapter(ConfiguredAirbyteCatalog.class).fromJson(configured))
        .isEqualTo(AirbyteJson.configuredCatalog().read(configured));

    String messages = AirbyteJson.stateMessages().write(g.convertibleMessages());
    JsonAdapter<List<AirbyteStateMessage>> list =
        MOSHI.adapter(Types.newParameterizedType(List.class, AirbyteStateMessage.class));
    assertThat(list.fromJson(messages)).isEqualTo(AirbyteJson.stateMessages().read(messages));
  }

  @Property(tries = 200)
  void readingThenWritingIsByteIdenticalAndFormDetectionAgrees(@ForAll("gen") Gen g) {
    String config = AirbyteJson.connectionState().write(g.convertibleState());
    assertThat(AirbyteJson.connectionState().write(AirbyteJson.connectionState().read(config))).isEqualTo(config);
    assertThat(AirbyteJson.detectStateForm(config)).isEqualTo(JsonForm.CONFIG_API);

    String protocol = AirbyteJson.stateMessages().write(g.convertibleMessages());
    assertThat(AirbyteJson.stateMessages().write(AirbyteJson.stateMessages().read(protocol))).isEqualTo(protocol);
    assertThat(AirbyteJson.detectStateForm(protocol)).isEqualTo(JsonForm.PROTOCOL);
  }
}
