package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.testkit.internal.Records.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public API's view of a connection's selected streams ({@code configurations}): name, namespace, sync mode,
 * cursor and primary key from the catalog, every other property as the client last sent it.
 */
final class PublicConfigurations {
  private PublicConfigurations() {}

  /** A catalog entry without {@code selected} counts as selected: seeds often leave it out. */
  static boolean selected(SyncCatalogEntry entry) {
    return !Boolean.FALSE.equals(entry.getConfig().isSelected());
  }

  static StreamConfigurations of(Connection connection) {
    // Deriving them reads the whole catalog; polls of an unchanged connection reuse the result.
    if (connection.configurations == null
        || connection.configurationsOf != connection.syncCatalog
        || connection.configurationsFrom != connection.streamConfigurations) {
      List<StreamConfiguration> streams = new ArrayList<>();
      for (SyncCatalogEntry entry : connection.syncCatalog.getStreams()) {
        if (selected(entry)) {
          streams.add(configuration(entry, connection.streamConfigurations.get(entry.id())));
        }
      }
      connection.configurations = new StreamConfigurations().streams(streams);
      connection.configurationsOf = connection.syncCatalog;
      connection.configurationsFrom = connection.streamConfigurations;
    }
    return connection.configurations;
  }

  private static StreamConfiguration configuration(SyncCatalogEntry entry, @Nullable StreamConfiguration sent) {
    StreamConfig config = entry.getConfig();
    StreamConfiguration.Builder stream =
        StreamConfiguration.builder().name(entry.getStream().getName()).namespace(entry.getStream().getNamespace());
    if (config.getSyncMode() != null && config.getDestinationSyncMode() != null) {
      stream.syncMode(ConnectionSyncMode.forModes(config.getSyncMode(), config.getDestinationSyncMode()).orElse(null));
    }
    if (config.getCursorField() != null && !config.getCursorField().isEmpty()) {
      stream.cursorField(config.getCursorField());
    }
    if (config.getPrimaryKey() != null && !config.getPrimaryKey().isEmpty()) {
      stream.primaryKey(config.getPrimaryKey());
    }
    if (sent != null) {
      stream
          .selectedFields(sent.getSelectedFields())
          .mappers(sent.getMappers())
          .destinationObjectName(sent.getDestinationObjectName())
          .includeFiles(sent.isIncludeFiles())
          .putAllAdditionalProperties(sent.getAdditionalProperties());
    }
    return stream.build();
  }
}
