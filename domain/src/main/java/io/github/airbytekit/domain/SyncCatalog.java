package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A connection's catalog in Config API form (the {@code syncCatalog} object, {@code {streams: [...]}}).
 *
 * <pre>{@code
 * SyncCatalog catalog = AirbyteJson.syncCatalog().read(json);
 * ConfiguredAirbyteCatalog forConnector = CatalogConverter.toConnectorCatalog(catalog);
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncCatalog {
  SyncCatalog() {}

  /**
   * The streams with their configuration (wire {@code streams}).
   *
   * @return the streams with their configuration, unmodifiable, never null
   */
  public abstract List<SyncCatalogEntry> getStreams();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /**
   * The identities of the streams, in catalog order.
   *
   * @return an unmodifiable list with one identity per entry
   */
  public List<StreamId> streamIds() {
    List<StreamId> ids = new ArrayList<>(getStreams().size());
    for (SyncCatalogEntry entry : getStreams()) {
      ids.add(entry.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Finds the entry of a stream.
   *
   * @param id the stream's identity (see {@link StreamId} for the matching rule)
   * @return the entry, or empty if no entry names the stream
   * @throws AirbyteDataException if more than one entry names the stream
   */
  public Optional<SyncCatalogEntry> findStream(StreamId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(getStreams().get(index));
  }

  /**
   * Returns a copy where {@code entry} replaces the entry of the same stream (keeping its position), or is
   * appended when the catalog has none. Every other entry and the catalog's unknown properties are kept.
   *
   * <pre>{@code
   * SyncCatalogEntry users = catalog.findStream(StreamId.of("users", "public")).orElseThrow();
   * SyncCatalog edited = catalog.withEntry(users.withConfig(users.getConfig().withSelected(true)));
   * }</pre>
   *
   * @param entry the new entry; its stream is identified by {@link SyncCatalogEntry#id()}
   * @return the new catalog; this one is unchanged
   * @throws AirbyteDataException if more than one entry names the stream
   */
  public SyncCatalog withEntry(SyncCatalogEntry entry) {
    int index = indexOf(entry.id());
    List<SyncCatalogEntry> streams = new ArrayList<>(getStreams());
    if (index < 0) {
      streams.add(entry);
    } else {
      streams.set(index, entry);
    }
    return withStreams(streams);
  }

  /**
   * Returns a copy without the entries of a stream; every other entry and the unknown properties are kept.
   *
   * @param id the stream's identity
   * @return the new catalog, or this one if no entry names the stream
   */
  public SyncCatalog withoutStream(StreamId id) {
    List<SyncCatalogEntry> streams = new ArrayList<>(getStreams());
    return streams.removeIf(e -> e.id().equals(id)) ? withStreams(streams) : this;
  }

  /**
   * Returns a copy with other entries; the catalog's unknown properties are kept.
   *
   * @param streams the new entries, in order
   * @return the new catalog
   */
  public abstract SyncCatalog withStreams(Iterable<? extends SyncCatalogEntry> streams);

  private int indexOf(StreamId id) {
    List<SyncCatalogEntry> streams = getStreams();
    int found = -1;
    for (int i = 0; i < streams.size(); i++) {
      if (streams.get(i).id().equals(id)) {
        if (found >= 0) {
          throw new AirbyteDataException("$.streams[" + found + "] and $.streams[" + i + "] both name stream "
              + id.displayName(), "$.streams[" + i + "]");
        }
        found = i;
      }
    }
    return found;
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Names.checkAdditional(getAdditionalProperties(), "SyncCatalog", "streams");
  }

  /** Builds a {@link SyncCatalog}. */
  public static final class Builder extends ImmutableSyncCatalog.Builder {
    Builder() {}
  }
}
