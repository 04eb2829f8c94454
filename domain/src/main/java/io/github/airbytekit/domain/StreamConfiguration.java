package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How one stream of a connection is synced, as Airbyte's public API sends it ({@code configurations.streams[]} of
 * {@code GET /connections/{connectionId}}) and accepts it in {@code PATCH /connections/{connectionId}}.
 *
 * <pre>{@code
 * StreamConfiguration users = StreamConfiguration.of("users", "public")
 *     .withSyncMode(ConnectionSyncMode.INCREMENTAL_DEDUPED_HISTORY)
 *     .withCursorField(List.of("updated_at"))
 *     .withPrimaryKey(List.of(List.of("id")));
 * String json = AirbyteJson.streamConfiguration().write(users);
 * }</pre>
 *
 * <p>Lossless: properties this version does not know (settings a newer Airbyte adds) are kept in
 * {@link #getAdditionalProperties()} and written back byte for byte, and {@code selectedFields} and
 * {@code mappers} are kept verbatim, so reading a connection's configurations and sending them back never resets a
 * setting. Only streams present in the list are synced; there is no {@code selected} flag.
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class StreamConfiguration {
  StreamConfiguration() {}

  /**
   * The stream name (wire {@code name}).
   *
   * @return the stream name, never null
   */
  public abstract String getName();

  /**
   * The stream's source namespace (wire {@code namespace}).
   *
   * @return the namespace, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getNamespace();

  /**
   * The fused source and destination sync mode (wire {@code syncMode}).
   *
   * @return the sync mode (possibly a value this version does not know); null if the property is absent or JSON
   *     {@code null}
   */
  public abstract @Nullable ConnectionSyncMode getSyncMode();

  /**
   * The cursor field path (wire {@code cursorField}).
   *
   * @return the cursor field path, unmodifiable; null if the property is absent or JSON {@code null} (an empty list
   *     stays empty)
   */
  public abstract @Nullable List<String> getCursorField();

  /**
   * The primary key, a list of field paths (wire {@code primaryKey}).
   *
   * @return the primary key, unmodifiable; null if the property is absent or JSON {@code null} (an empty list stays
   *     empty)
   */
  public abstract @Nullable List<List<String>> getPrimaryKey();

  /**
   * The fields to sync when only some are (wire {@code selectedFields}), verbatim.
   *
   * @return the selected fields, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if
   *     it is JSON {@code null}
   */
  public abstract @Nullable RawJson getSelectedFields();

  /**
   * The record transformations (wire {@code mappers}), verbatim.
   *
   * @return the mappers, exactly as written; null if the property is absent, {@link RawJson#nullValue()} if it is
   *     JSON {@code null}
   */
  public abstract @Nullable RawJson getMappers();

  /**
   * The object name in the destination (wire {@code destinationObjectName}).
   *
   * @return the object name, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getDestinationObjectName();

  /**
   * Whether files are synced with records (wire {@code includeFiles}).
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

  /**
   * Returns a configuration naming only the stream, so that Airbyte applies its defaults to everything else.
   *
   * @param name the stream name
   * @param namespace the namespace, or null for none (the property is then omitted); kept as given, so {@code ""}
   *     is written as {@code ""}
   * @return a configuration without other properties
   */
  public static StreamConfiguration of(String name, @Nullable String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the identity of the configured stream (its name and namespace)} */
  public StreamId id() {
    return StreamId.of(getName(), getNamespace());
  }

  /**
   * Returns a copy with another sync mode; every other property, unknown ones included, is kept.
   *
   * @param syncMode the new sync mode, or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfiguration withSyncMode(@Nullable ConnectionSyncMode syncMode);

  /**
   * Returns a copy with another cursor field path; every other property, unknown ones included, is kept.
   *
   * @param cursorField the new path (copied), or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfiguration withCursorField(@Nullable List<String> cursorField);

  /**
   * Returns a copy with another primary key; every other property, unknown ones included, is kept.
   *
   * @param primaryKey the new key, a list of field paths (copied), or null to leave the property out
   * @return the new configuration, or this one if nothing changes
   */
  public abstract StreamConfiguration withPrimaryKey(@Nullable List<List<String>> primaryKey);

  @Value.Check
  StreamConfiguration normalize() {
    Names.checkAdditional(getAdditionalProperties(), "StreamConfiguration", "name", "namespace", "syncMode",
        "cursorField", "primaryKey", "selectedFields", "mappers", "destinationObjectName", "includeFiles");
    StreamConfiguration value = this;
    if (Names.frozen(getCursorField()) != getCursorField()) {
      value = value.withCursorField(Names.frozen(getCursorField()));
    }
    if (Names.frozenPaths(getPrimaryKey()) != getPrimaryKey()) {
      value = value.withPrimaryKey(Names.frozenPaths(getPrimaryKey()));
    }
    return value;
  }

  /** Builds a {@link StreamConfiguration}. */
  public static final class Builder extends ImmutableStreamConfiguration.Builder {
    Builder() {}
  }
}
