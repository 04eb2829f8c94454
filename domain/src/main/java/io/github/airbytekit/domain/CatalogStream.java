package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a source offers for one stream, in Config API form (camelCase wire names).
 *
 * <pre>{@code
 * CatalogStream users = CatalogStream.builder()
 *     .name("users")
 *     .jsonSchema(RawJson.of("{\"type\":\"object\"}"))
 *     .supportedSyncModes(List.of(SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
// Nullable lists get no Immutables copy under a strict builder; normalize() freezes them instead.
@SuppressWarnings("immutables:untype")
public abstract class CatalogStream {
  CatalogStream() {}

  /**
   * The stream name (wire {@code name}).
   *
   * @return the stream name, never null
   */
  public abstract String getName();

  /**
   * The namespace (wire {@code namespace}), or null.
   *
   * @return the namespace, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getNamespace();

  /**
   * The JSON schema of the records (wire {@code jsonSchema}), verbatim.
   *
   * @return the JSON schema of the records, exactly as written; null if the property is absent, {@link
   *     RawJson#nullValue()} if it is JSON {@code null}
   */
  public abstract @Nullable RawJson getJsonSchema();

  /**
   * The sync modes the source supports (wire {@code supportedSyncModes}).
   *
   * @return the sync modes the source supports, unmodifiable; null if the property is absent or JSON {@code null} (an
   *     empty list stays empty)
   */
  public abstract @Nullable List<SyncMode> getSupportedSyncModes();

  /**
   * Whether the source defines the cursor (wire {@code sourceDefinedCursor}).
   *
   * @return true if the source defines the cursor, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isSourceDefinedCursor();

  /**
   * The default cursor field path (wire {@code defaultCursorField}).
   *
   * @return the default cursor field path, unmodifiable; null if the property is absent or JSON {@code null} (an empty
   *     list stays empty)
   */
  public abstract @Nullable List<String> getDefaultCursorField();

  /**
   * The source-defined primary key, a list of field paths (wire {@code sourceDefinedPrimaryKey}).
   *
   * @return the source-defined primary key, a list of field paths, unmodifiable; null if the property is absent or JSON
   *     {@code null} (an empty list stays empty)
   */
  public abstract @Nullable List<List<String>> getSourceDefinedPrimaryKey();

  /**
   * Whether the stream can resume (wire {@code isResumable}).
   *
   * @return true if the stream can resume, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isResumable();

  /**
   * Whether the stream carries files (wire {@code isFileBased}).
   *
   * @return true if the stream carries files, false if not; null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable Boolean isFileBased();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** {@return the identity of this stream (its name and namespace)} */
  public StreamId id() {
    return StreamId.of(getName(), getNamespace());
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  CatalogStream normalize() {
    Names.checkAdditional(getAdditionalProperties(), "CatalogStream", "name", "namespace", "jsonSchema", "supportedSyncModes", "sourceDefinedCursor", "defaultCursorField", "sourceDefinedPrimaryKey", "isResumable", "isFileBased");
    CatalogStream value = this;
    if (Names.frozen(getSupportedSyncModes()) != getSupportedSyncModes()) {
      value = ((ImmutableCatalogStream) value).withSupportedSyncModes(Names.frozen(getSupportedSyncModes()));
    }
    if (Names.frozen(getDefaultCursorField()) != getDefaultCursorField()) {
      value = ((ImmutableCatalogStream) value).withDefaultCursorField(Names.frozen(getDefaultCursorField()));
    }
    if (Names.frozenPaths(getSourceDefinedPrimaryKey()) != getSourceDefinedPrimaryKey()) {
      value = ((ImmutableCatalogStream) value).withSourceDefinedPrimaryKey(Names.frozenPaths(getSourceDefinedPrimaryKey()));
    }
    return value;
  }

  /** Builds a {@link CatalogStream}. */
  public static final class Builder extends ImmutableCatalogStream.Builder {
    Builder() {}
  }
}
