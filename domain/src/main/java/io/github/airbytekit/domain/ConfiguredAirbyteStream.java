package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One stream of a protocol {@link ConfiguredAirbyteCatalog} (snake_case wire names). Config API fields the protocol
 * lacks ({@code alias_name}, {@code selected}, ...) are carried in {@link #getAdditionalProperties()} under their
 * snake_case names.
 *
 * <pre>{@code
 * ConfiguredAirbyteStream s = ConfiguredAirbyteStream.builder()
 *     .stream(airbyteStream)
 *     .syncMode(SyncMode.INCREMENTAL)
 *     .destinationSyncMode(DestinationSyncMode.APPEND)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class ConfiguredAirbyteStream {
  ConfiguredAirbyteStream() {}

  /**
   * The stream (wire {@code stream}).
   *
   * @return the stream, never null
   */
  public abstract AirbyteStream getStream();

  /**
   * The sync mode (wire {@code sync_mode}).
   *
   * @return the sync mode (possibly a value this version does not know); null if the property is absent or JSON {@code
   *     null}
   */
  public abstract @Nullable SyncMode getSyncMode();

  /**
   * The cursor field path (wire {@code cursor_field}).
   *
   * @return the cursor field path, unmodifiable; null if the property is absent or JSON {@code null} (an empty list
   *     stays empty)
   */
  public abstract @Nullable List<String> getCursorField();

  /**
   * The destination sync mode (wire {@code destination_sync_mode}).
   *
   * @return the destination sync mode (possibly a value this version does not know); null if the property is absent or
   *     JSON {@code null}
   */
  public abstract @Nullable DestinationSyncMode getDestinationSyncMode();

  /**
   * The primary key, a list of field paths (wire {@code primary_key}).
   *
   * @return the primary key, a list of field paths, unmodifiable; null if the property is absent or JSON {@code null}
   *     (an empty list stays empty)
   */
  public abstract @Nullable List<List<String>> getPrimaryKey();

  /**
   * The object name in the destination (wire {@code destination_object_name}).
   *
   * @return the object name in the destination, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getDestinationObjectName();

  /**
   * The generation id (wire {@code generation_id}).
   *
   * @return the generation id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getGenerationId();

  /**
   * The minimum generation id (wire {@code minimum_generation_id}).
   *
   * @return the minimum generation id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getMinimumGenerationId();

  /**
   * The sync id (wire {@code sync_id}).
   *
   * @return the sync id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getSyncId();

  /**
   * Whether files are synced with records (wire {@code include_files}).
   *
   * @return true if files are synced with records, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isIncludeFiles();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** {@return the identity of the configured stream, from {@link #getStream()}} */
  public StreamId id() {
    return getStream().id();
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  ConfiguredAirbyteStream normalize() {
    Names.checkAdditional(getAdditionalProperties(), "ConfiguredAirbyteStream", "stream", "sync_mode", "cursor_field", "destination_sync_mode", "primary_key", "destination_object_name", "generation_id", "minimum_generation_id", "sync_id", "include_files");
    ConfiguredAirbyteStream value = this;
    if (Names.frozen(getCursorField()) != getCursorField()) {
      value = ((ImmutableConfiguredAirbyteStream) value).withCursorField(Names.frozen(getCursorField()));
    }
    if (Names.frozenPaths(getPrimaryKey()) != getPrimaryKey()) {
      value = ((ImmutableConfiguredAirbyteStream) value).withPrimaryKey(Names.frozenPaths(getPrimaryKey()));
    }
    return value;
  }

  /** Builds a {@link ConfiguredAirbyteStream}. */
  public static final class Builder extends ImmutableConfiguredAirbyteStream.Builder {
    Builder() {}
  }
}
