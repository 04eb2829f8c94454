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

  /** The sync mode (wire {@code syncMode}). */
  public abstract @Nullable SyncMode getSyncMode();

  /** The cursor field path (wire {@code cursorField}). */
  public abstract @Nullable List<String> getCursorField();

  /** The destination sync mode (wire {@code destinationSyncMode}). */
  public abstract @Nullable DestinationSyncMode getDestinationSyncMode();

  /** The primary key, a list of field paths (wire {@code primaryKey}). */
  public abstract @Nullable List<List<String>> getPrimaryKey();

  /** The stream name in the destination (wire {@code aliasName}). */
  public abstract @Nullable String getAliasName();

  /** Whether the stream is synced (wire {@code selected}). */
  public abstract @Nullable Boolean isSelected();

  /** Whether Airbyte suggests syncing it (wire {@code suggested}). */
  public abstract @Nullable Boolean isSuggested();

  /** Whether only {@link #getSelectedFields()} are synced (wire {@code fieldSelectionEnabled}). */
  public abstract @Nullable Boolean isFieldSelectionEnabled();

  /** The selected fields (wire {@code selectedFields}), verbatim. */
  public abstract @Nullable RawJson getSelectedFields();

  /** The hashed fields (wire {@code hashedFields}), verbatim. */
  public abstract @Nullable RawJson getHashedFields();

  /** The mappers (wire {@code mappers}), verbatim. */
  public abstract @Nullable RawJson getMappers();

  /** The destination namespace (wire {@code namespace}; not the source namespace of the stream). */
  public abstract @Nullable String getNamespace();

  /** The object name in the destination (wire {@code destinationObjectName}). */
  public abstract @Nullable String getDestinationObjectName();

  /** Whether files are synced with records (wire {@code includeFiles}). */
  public abstract @Nullable Boolean isIncludeFiles();

  /** The generation id (wire {@code generationId}). */
  public abstract @Nullable Long getGenerationId();

  /** The minimum generation id (wire {@code minimumGenerationId}). */
  public abstract @Nullable Long getMinimumGenerationId();

  /** The sync id (wire {@code syncId}). */
  public abstract @Nullable Long getSyncId();

  /** Properties this version does not know, in input order, kept verbatim. */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** Returns a new builder. */
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
