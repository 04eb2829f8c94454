package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How one stream of a Config API {@link SyncCatalog} is synced (the {@code config} object, camelCase).
 *
 * <pre>{@code
 * StreamConfig config = StreamConfig.builder()
 *     .syncMode(SyncMode.INCREMENTAL)
 *     .destinationSyncMode(DestinationSyncMode.APPEND_DEDUP)
 *     .cursorField(List.of("updated_at"))
 *     .selected(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class StreamConfig {
  StreamConfig() {}

  /**
   * The sync mode (wire {@code syncMode}).
   *
   * @return the sync mode (possibly a value this version does not know); null if the property is absent or JSON {@code
   *     null}
   */
  public abstract @Nullable SyncMode getSyncMode();

  /**
   * The cursor field path (wire {@code cursorField}).
   *
   * @return the cursor field path, unmodifiable; null if the property is absent or JSON {@code null} (an empty list
   *     stays empty)
   */
  public abstract @Nullable List<String> getCursorField();

  /**
   * The destination sync mode (wire {@code destinationSyncMode}).
   *
   * @return the destination sync mode (possibly a value this version does not know); null if the property is absent or
   *     JSON {@code null}
   */
  public abstract @Nullable DestinationSyncMode getDestinationSyncMode();

  /**
   * The primary key, a list of field paths (wire {@code primaryKey}).
   *
   * @return the primary key, a list of field paths, unmodifiable; null if the property is absent or JSON {@code null}
   *     (an empty list stays empty)
   */
  public abstract @Nullable List<List<String>> getPrimaryKey();

  /**
   * The stream name in the destination (wire {@code aliasName}).
   *
   * @return the stream name in the destination, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getAliasName();

  /**
   * Whether the stream is synced (wire {@code selected}).
   *
   * @return true if the stream is synced, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isSelected();

  /**
   * Whether Airbyte suggests syncing it (wire {@code suggested}).
   *
   * @return true if Airbyte suggests syncing it, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isSuggested();

  /**
   * Whether only {@link #getSelectedFields()} are synced (wire {@code fieldSelectionEnabled}).
   *
   * @return true if only {@link #getSelectedFields()} are synced, false if not; null if the property is absent or JSON
   *     {@code null}
   */
  public abstract @Nullable Boolean isFieldSelectionEnabled();

  /**
   * The selected fields (wire {@code selectedFields}), verbatim.
   *
   * @return the selected fields, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it
   *     is JSON {@code null}
   */
  public abstract @Nullable RawJson getSelectedFields();

  /**
   * The hashed fields (wire {@code hashedFields}), verbatim.
   *
   * @return the hashed fields, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is
   *     JSON {@code null}
   */
  public abstract @Nullable RawJson getHashedFields();

  /**
   * The mappers (wire {@code mappers}), verbatim.
   *
   * @return the mappers, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is JSON
   *     {@code null}
   */
  public abstract @Nullable RawJson getMappers();

  /**
   * The destination namespace (wire {@code namespace}; not the source namespace of the stream).
   *
   * @return the destination namespace, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getNamespace();

  /**
   * The object name in the destination (wire {@code destinationObjectName}).
   *
   * @return the object name in the destination, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getDestinationObjectName();

  /**
   * Whether files are synced with records (wire {@code includeFiles}).
   *
   * @return true if files are synced with records, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isIncludeFiles();

  /**
   * The generation id (wire {@code generationId}).
   *
   * @return the generation id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getGenerationId();

  /**
   * The minimum generation id (wire {@code minimumGenerationId}).
   *
   * @return the minimum generation id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getMinimumGenerationId();

  /**
   * The sync id (wire {@code syncId}).
   *
   * @return the sync id, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Long getSyncId();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /**
   * Returns a copy with another sync mode; every other property, unknown ones included, is kept.
   *
   * @param syncMode the new sync mode, or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfig withSyncMode(@Nullable SyncMode syncMode);

  /**
   * Returns a copy with another destination sync mode; every other property, unknown ones included, is kept.
   *
   * @param destinationSyncMode the new destination sync mode, or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfig withDestinationSyncMode(@Nullable DestinationSyncMode destinationSyncMode);

  /**
   * Returns a copy with another cursor field path; every other property, unknown ones included, is kept.
   *
   * @param cursorField the new path (copied), or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfig withCursorField(@Nullable List<String> cursorField);

  /**
   * Returns a copy with another primary key; every other property, unknown ones included, is kept.
   *
   * @param primaryKey the new key, a list of field paths (copied), or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfig withPrimaryKey(@Nullable List<List<String>> primaryKey);

  /**
   * Returns a copy that is selected or not; every other property, unknown ones included, is kept.
   *
   * @param selected whether the stream is synced, or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfig withSelected(@Nullable Boolean selected);

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  StreamConfig normalize() {
    Names.checkAdditional(getAdditionalProperties(), "StreamConfig", "syncMode", "cursorField", "destinationSyncMode", "primaryKey", "aliasName", "selected", "suggested", "fieldSelectionEnabled", "selectedFields", "hashedFields", "mappers", "namespace", "destinationObjectName", "includeFiles", "generationId", "minimumGenerationId", "syncId");
    StreamConfig value = this;
    if (Names.frozen(getCursorField()) != getCursorField()) {
      value = ((ImmutableStreamConfig) value).withCursorField(Names.frozen(getCursorField()));
    }
    if (Names.frozenPaths(getPrimaryKey()) != getPrimaryKey()) {
      value = ((ImmutableStreamConfig) value).withPrimaryKey(Names.frozenPaths(getPrimaryKey()));
    }
    return value;
  }

  /** Builds a {@link StreamConfig}. */
  public static final class Builder extends ImmutableStreamConfig.Builder {
    Builder() {}
  }
}
