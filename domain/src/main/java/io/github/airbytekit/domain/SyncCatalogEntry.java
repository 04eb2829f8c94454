package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One stream of a Config API {@link SyncCatalog}: what the source offers and how it is configured.
 *
 * <pre>{@code
 * SyncCatalogEntry entry = SyncCatalogEntry.builder().stream(stream).config(config).build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SyncCatalogEntry {
  SyncCatalogEntry() {}

  /**
   * What the source offers (wire {@code stream}).
   *
   * @return the stream as the source describes it, never null
   */
  public abstract CatalogStream getStream();

  /**
   * How the stream is synced (wire {@code config}).
   *
   * @return the sync settings chosen for the stream, never null
   */
  public abstract StreamConfig getConfig();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /**
   * The identity of this entry's stream: the name and namespace of {@link #getStream()} (not the destination
   * namespace in {@link StreamConfig#getNamespace()}).
   *
   * @return the stream's identity
   */
  public StreamId id() {
    return getStream().id();
  }

  /**
   * Returns a copy with another configuration; the stream and the entry's unknown properties are kept.
   *
   * @param config the new configuration
   * @return the new entry, or this one if {@code config} equals the current one
   */
  public abstract SyncCatalogEntry withConfig(StreamConfig config);

  /**
   * Returns a copy with another stream description; the configuration and unknown properties are kept.
   *
   * @param stream the new stream description
   * @return the new entry, or this one if {@code stream} equals the current one
   */
  public abstract SyncCatalogEntry withStream(CatalogStream stream);

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Names.checkAdditional(getAdditionalProperties(), "SyncCatalogEntry", "stream", "config");
  }

  /** Builds a {@link SyncCatalogEntry}. */
  public static final class Builder extends ImmutableSyncCatalogEntry.Builder {
    Builder() {}
  }
}
