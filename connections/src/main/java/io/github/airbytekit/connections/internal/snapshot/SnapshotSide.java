package io.github.airbytekit.connections.internal.snapshot;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One connection as a side of a comparison: its name, state, catalog and settings, parsed from the texts a
 * snapshot writes (so a snapshot's files and a live read of the same connection compare equal).
 */
record SnapshotSide(String name, ConnectionState state, @Nullable SyncCatalog catalog,
    Map<String, Object> settings) {
  private static final JsonAdapter<Object> MAPS = new Moshi.Builder().build().adapter(Object.class);

  /**
   * Parses the three texts of one connection.
   *
   * @param settingsOrigin names the settings in a message when they are not a JSON object, such as their path
   */
  static SnapshotSide parse(String name, String stateJson, @Nullable String catalogJson, String settingsJson,
      String settingsOrigin) {
    return new SnapshotSide(name, AirbyteJson.connectionState().read(stateJson),
        catalogJson == null ? null : AirbyteJson.syncCatalog().read(catalogJson),
        object(settingsJson, settingsOrigin));
  }

  /** {@code json} as a JSON object; {@code where} names it in the message when it is not one. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json, String where) {
    Object parsed;
    try {
      parsed = MAPS.fromJson(json);
    } catch (IOException | RuntimeException e) {
      throw new AirbyteInputException("Cannot read " + where + " of a snapshot: " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map)) {
      throw new AirbyteInputException("Not a JSON object: " + where);
    }
    return (Map<String, Object>) parsed;
  }
}
