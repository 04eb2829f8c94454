package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A catalog in protocol form, as a connector reads it from {@code --catalog}.
 *
 * <pre>{@code
 * ConfiguredAirbyteCatalog catalog = AirbyteJson.configuredCatalog().read(json);
 * SyncCatalog back = CatalogConverter.fromProtocol(catalog);
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class ConfiguredAirbyteCatalog {
  ConfiguredAirbyteCatalog() {}

  /**
   * The configured streams (wire {@code streams}).
   *
   * @return the configured streams, unmodifiable, never null
   */
  public abstract List<ConfiguredAirbyteStream> getStreams();

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
    Names.checkAdditional(getAdditionalProperties(), "ConfiguredAirbyteCatalog", "streams");
  }

  /** Builds a {@link ConfiguredAirbyteCatalog}. */
  public static final class Builder extends ImmutableConfiguredAirbyteCatalog.Builder {
    Builder() {}
  }
}
