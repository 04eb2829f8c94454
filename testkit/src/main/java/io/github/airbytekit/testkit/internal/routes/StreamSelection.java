package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public API's {@code configurations} applied to a catalog: the listed streams become the selected ones with
 * their sync mode, cursor and primary key, every other stream is deselected. The configurations as sent are kept
 * too, so properties the fake does not interpret come back in later reads.
 */
final class StreamSelection {
  private static final RawJson EMPTY_SCHEMA = RawJson.of("{\"type\":\"object\",\"properties\":{}}");

  final SyncCatalog catalog;
  /** The configurations as sent, by the identity of the catalog stream each selected. */
  final Map<StreamId, StreamConfiguration> sent;

  private StreamSelection(SyncCatalog catalog, Map<StreamId, StreamConfiguration> sent) {
    this.catalog = catalog;
    this.sent = Map.copyOf(sent);
  }

  /**
   * Selects exactly the streams a PATCH lists; a PATCH listing none ({@code streams: []} or no {@code streams})
   * changes no selection, as Airbyte's connections controller treats it as no stream configurations.
   *
   * @throws HttpProblem 400 for an unknown, ambiguous or repeated stream, or a sync mode it does not support
   */
  static @Nullable StreamSelection select(SyncCatalog catalog, @Nullable StreamConfigurations configurations) {
    if (streams(configurations).isEmpty()) {
      return null;
    }
    List<SyncCatalogEntry> entries = new ArrayList<>(catalog.getStreams());
    Map<StreamId, StreamConfiguration> chosen = new LinkedHashMap<>();
    for (StreamConfiguration stream : streams(configurations)) {
      int index = match(entries, stream);
      SyncCatalogEntry entry = entries.get(index);
      if (chosen.put(entry.id(), stream) != null) {
        throw HttpProblem.badRequest("Duplicate stream found in configuration for: " + stream.getName());
      }
      entries.set(index, entry.withConfig(configured(entry, stream)));
    }
    entries.replaceAll(e -> e.withConfig(e.getConfig().withSelected(chosen.containsKey(e.id()))));
    return new StreamSelection(catalog.withStreams(entries), chosen);
  }

  /**
   * A new connection's catalog: the source's discovered catalog with exactly the listed streams selected (as
   * {@link #select}), or every stream selected as full refresh / overwrite when none is listed, as Airbyte's
   * connections controller does. A source whose streams the fake does not know gets a catalog made of the listed
   * streams, with empty schemas.
   *
   * @throws HttpProblem 400 for a stream the source does not have, a repeated one or an unsupported sync mode
   */
  static StreamSelection create(SyncCatalog discovered, @Nullable StreamConfigurations configurations) {
    if (discovered.getStreams().isEmpty()) {
      return invented(configurations);
    }
    StreamSelection selected = select(discovered, configurations);
    if (selected != null) {
      return selected;
    }
    List<SyncCatalogEntry> entries = new ArrayList<>();
    for (SyncCatalogEntry entry : discovered.getStreams()) {
      entries.add(entry.withConfig(discoveredDefaults(entry).withSelected(true)));
    }
    return new StreamSelection(discovered.withStreams(entries), Map.of());
  }

  private static StreamSelection invented(@Nullable StreamConfigurations configurations) {
    List<SyncCatalogEntry> entries = new ArrayList<>();
    Map<StreamId, StreamConfiguration> sent = new LinkedHashMap<>();
    for (StreamConfiguration stream : streams(configurations)) {
      ConnectionSyncMode mode =
          modes(stream.getSyncMode() == null ? ConnectionSyncMode.FULL_REFRESH_OVERWRITE : stream.getSyncMode());
      StreamConfig config = StreamConfig.builder()
          .syncMode(mode.syncMode()).destinationSyncMode(mode.destinationSyncMode()).selected(true).build();
      config = cursorAndKey(config, stream);
      CatalogStream source = CatalogStream.builder().name(stream.getName()).namespace(stream.getNamespace())
          .jsonSchema(EMPTY_SCHEMA).supportedSyncModes(List.of(SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL)).build();
      entries.add(SyncCatalogEntry.builder().stream(source).config(config).build());
      sent.put(stream.id(), stream);
    }
    return new StreamSelection(SyncCatalog.builder().addAllStreams(entries).build(), sent);
  }

  private static List<StreamConfiguration> streams(@Nullable StreamConfigurations configurations) {
    return configurations == null || configurations.getStreams() == null ? List.of() : configurations.getStreams();
  }

  /** The entry a configuration names: by name alone when it gives no namespace (then it must be unique). */
  private static int match(List<SyncCatalogEntry> entries, StreamConfiguration stream) {
    int found = -1;
    for (int i = 0; i < entries.size(); i++) {
      StreamId id = entries.get(i).id();
      if (stream.getNamespace() == null ? id.getName().equals(stream.getName()) : id.equals(stream.id())) {
        if (found >= 0) {
          throw HttpProblem.badRequest("Stream " + stream.getName()
              + " exists in several namespaces; give configurations.streams[].namespace");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw HttpProblem.badRequest("Invalid stream found in configuration: " + stream.getName());
    }
    return found;
  }

  private static StreamConfig configured(SyncCatalogEntry entry, StreamConfiguration stream) {
    StreamConfig config = entry.getConfig();
    ConnectionSyncMode requested = stream.getSyncMode();
    if (requested == null) {
      // Airbyte's AirbyteCatalogHelper.toAirbyteStreamConfiguration: a stream named without a sync mode goes back
      // to full refresh / overwrite with the discovered defaults, whatever it had before.
      return discoveredDefaults(entry);
    }
    ConnectionSyncMode mode = modes(requested);
    List<SyncMode> supported = entry.getStream().getSupportedSyncModes();
    if (supported != null && !supported.isEmpty() && !supported.contains(mode.syncMode())) {
      List<String> names = new ArrayList<>();
      supported.forEach(s -> names.add(s.wireValue()));
      throw HttpProblem.badRequest("Cannot set syncMode to " + mode.wireValue() + " for stream "
          + stream.getName() + "; it supports " + names);
    }
    return cursorAndKey(config.withSyncMode(mode.syncMode()).withDestinationSyncMode(mode.destinationSyncMode()),
        stream);
  }

  /**
   * A stream's configuration as a discovery proposes it: full refresh / overwrite, the source's default cursor and
   * source-defined primary key (none when it has none).
   */
  static StreamConfig discoveredDefaults(SyncCatalogEntry entry) {
    CatalogStream stream = entry.getStream();
    return entry.getConfig().withSyncMode(SyncMode.FULL_REFRESH).withDestinationSyncMode(DestinationSyncMode.OVERWRITE)
        .withCursorField(stream.getDefaultCursorField() == null ? List.of() : stream.getDefaultCursorField())
        .withPrimaryKey(stream.getSourceDefinedPrimaryKey() == null ? List.of() : stream.getSourceDefinedPrimaryKey());
  }

  /** {@code mode} when it splits into a sync mode and a destination sync mode. */
  private static ConnectionSyncMode modes(ConnectionSyncMode mode) {
    SyncMode sync = mode.syncMode();
    DestinationSyncMode destination = mode.destinationSyncMode();
    if (sync == null || destination == null) {
      throw HttpProblem.badRequest("Unknown syncMode: " + OpenValue.wireValueOf(mode));
    }
    return mode;
  }

  /** Copies a requested stream's cursor and primary key, when given. */
  private static StreamConfig cursorAndKey(StreamConfig config, StreamConfiguration stream) {
    StreamConfig result = config;
    if (stream.getCursorField() != null) {
      result = result.withCursorField(stream.getCursorField());
    }
    if (stream.getPrimaryKey() != null) {
      result = result.withPrimaryKey(stream.getPrimaryKey());
    }
    return result;
  }
}
