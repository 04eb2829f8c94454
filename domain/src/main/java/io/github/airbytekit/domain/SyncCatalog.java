package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
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
