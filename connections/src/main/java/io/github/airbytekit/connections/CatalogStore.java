package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * Catalog reads and writes through the Config API's web-backend endpoints, as the domain's lossless
 * {@link SyncCatalog}. Imports skip Airbyte's reset and check the workspace first.
 */
final class CatalogStore {
  private final ConfigCalls config;

  CatalogStore(ConfigCalls config) {
    this.config = config;
  }

  Optional<SyncCatalog> dump(String connectionId) {
    return Optional.ofNullable(config.catalog(connectionId));
  }

  Optional<String> dumpJson(String connectionId, JsonForm form) {
    Objects.requireNonNull(form, "form == null");
    return form == JsonForm.CONFIG_API
        ? dump(connectionId).map(AirbyteJson.syncCatalog()::write)
        : dump(connectionId).map(CatalogConverter::toProtocol).map(AirbyteJson.configuredCatalog()::write);
  }

  SyncCatalog write(ConnectionDetails details, SyncCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog == null");
    details.requireSameWorkspace();
    SyncCatalog stored = config.updateCatalog(details.connectionId(), catalog);
    return stored == null ? catalog : stored;
  }

  SyncCatalog importJson(ConnectionDetails details, String json) {
    Objects.requireNonNull(json, "json == null");
    return write(details, AirbyteJson.readCatalogOfAnyForm(json));
  }
}
