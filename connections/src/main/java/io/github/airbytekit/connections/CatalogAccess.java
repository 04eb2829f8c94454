package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.Objects;
import java.util.Optional;

/** Catalog reads and writes through the Config API's web-backend endpoints. */
final class CatalogAccess {
  private CatalogAccess() {}

  static Optional<SyncCatalog> dumpConfig(CloudConnection connection) {
    return Optional.ofNullable(connection.workspace().configApi().getSyncCatalog(connection.connectionId()));
  }

  static Optional<ConfiguredAirbyteCatalog> dumpProtocol(CloudConnection connection) {
    return dumpConfig(connection).map(CatalogConverter::toProtocol);
  }

  static Optional<String> dumpJson(CloudConnection connection, JsonForm form) {
    Objects.requireNonNull(form, "form == null");
    return form == JsonForm.CONFIG_API
        ? dumpConfig(connection).map(AirbyteJson.syncCatalog()::write)
        : dumpProtocol(connection).map(AirbyteJson.configuredCatalog()::write);
  }

  static SyncCatalog importConfig(CloudConnection connection, SyncCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    String id = connection.connectionId();
    connection.requireSameWorkspace();
    try {
      SyncCatalog stored = connection.workspace().configApi().updateSyncCatalog(id, catalog);
      return stored == null ? catalog : stored;
    } catch (AirbyteApiException e) {
      if (e.statusCode() == 423) {
        throw new ConnectionSyncActiveException(id, e);
      }
      throw e;
    }
  }

  static SyncCatalog importProtocol(CloudConnection connection, ConfiguredAirbyteCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    return importConfig(connection, CatalogConverter.fromProtocol(catalog));
  }

  static SyncCatalog importJson(CloudConnection connection, String json) {
    Objects.requireNonNull(json, "json == null");
    return importConfig(connection, AirbyteJson.readCatalogOfAnyForm(json));
  }
}
