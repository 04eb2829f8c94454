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

  /** The configured streams (wire {@code streams}). */
  public abstract List<ConfiguredAirbyteStream> getStreams();

  /** Properties this version does not know, in input order, kept verbatim. */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** Returns a new builder. */
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
