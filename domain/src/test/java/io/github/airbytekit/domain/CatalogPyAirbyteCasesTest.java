package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PyAirbyte's catalog cases (behaviour document §9.2, cases 35–43), with our outputs. */
class CatalogPyAirbyteCasesTest {
  static final String API = "{\"streams\":[{\"stream\":{\"name\":\"users\",\"jsonSchema\":{\"type\":\"object\"},"
      + "\"supportedSyncModes\":[\"full_refresh\",\"incremental\"],\"sourceDefinedCursor\":true,"
      + "\"defaultCursorField\":[\"updated_at\"],\"sourceDefinedPrimaryKey\":[[\"id\"]]},"
      + "\"config\":{\"syncMode\":\"incremental\",\"cursorField\":[\"updated_at\"],"
      + "\"destinationSyncMode\":\"append_dedup\",\"primaryKey\":[[\"id\"]]}}]}";
  static final String PROTOCOL = "{\"streams\":[{\"stream\":{\"name\":\"users\",\"json_schema\":{\"type\":\"object\"},"
      + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"],\"source_defined_cursor\":true,"
      + "\"default_cursor_field\":[\"updated_at\"],\"source_defined_primary_key\":[[\"id\"]]},"
      + "\"sync_mode\":\"incremental\",\"cursor_field\":[\"updated_at\"],"
      + "\"destination_sync_mode\":\"append_dedup\",\"primary_key\":[[\"id\"]]}]}";

  private static SyncCatalog api(String json) {
    return AirbyteJson.syncCatalog().read(json);
  }

  private static ConfiguredAirbyteCatalog protocol(String json) {
    return AirbyteJson.configuredCatalog().read(json);
  }

  @Test
  void case35_configCatalogConvertsToTheProtocolFixture() {
    assertThat(AirbyteJson.configuredCatalog().write(CatalogConverter.toProtocol(api(API)))).isEqualTo(PROTOCOL);
  }

  @Test
  void case36_protocolCatalogConvertsToTheConfigFixture() {
    assertThat(AirbyteJson.syncCatalog().write(CatalogConverter.fromProtocol(protocol(PROTOCOL)))).isEqualTo(API);
  }

  @Test
  void case37_configToProtocolToConfigIsTheIdentity() {
    SyncCatalog c = api(API);
    assertThat(CatalogConverter.fromProtocol(CatalogConverter.toProtocol(c))).isEqualTo(c);
  }

  @Test
  void case38_protocolToConfigToProtocolIsTheIdentity() {
    ConfiguredAirbyteCatalog p = protocol(PROTOCOL);
    assertThat(CatalogConverter.toProtocol(CatalogConverter.fromProtocol(p))).isEqualTo(p);
  }

  @Test
  void case39_emptyConfigCatalogConvertsToEmptyProtocolCatalog() {
    assertThat(AirbyteJson.configuredCatalog().write(CatalogConverter.toProtocol(api("{\"streams\":[]}"))))
        .isEqualTo("{\"streams\":[]}");
  }

  @Test
  void case40_emptyProtocolCatalogConvertsToEmptyConfigCatalog() {
    assertThat(AirbyteJson.syncCatalog().write(CatalogConverter.fromProtocol(protocol("{\"streams\":[]}"))))
        .isEqualTo("{\"streams\":[]}");
  }

  @Test
  void case41_protocolFixtureIsDetectedAsProtocol() {
    assertThat(AirbyteJson.detectCatalogForm(PROTOCOL)).isEqualTo(JsonForm.PROTOCOL);
    assertThat(AirbyteJson.readCatalogOfAnyForm(PROTOCOL)).isEqualTo(api(API));
  }

  @Test
  void case42_configFixtureIsDetectedAsConfigApi() {
    assertThat(AirbyteJson.detectCatalogForm(API)).isEqualTo(JsonForm.CONFIG_API);
    assertThat(AirbyteJson.readCatalogOfAnyForm(API)).isEqualTo(api(API));
  }

  @Test
  void case43_emptyCatalogIsDetectedAsConfigApi() {
    assertThat(AirbyteJson.detectCatalogForm("{\"streams\":[]}")).isEqualTo(JsonForm.CONFIG_API);
  }
}
