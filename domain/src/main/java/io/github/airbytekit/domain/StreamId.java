package io.github.airbytekit.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a stream: its name and its namespace, where a null and an empty namespace are the same.
 *
 * <pre>{@code
 * StreamId users = StreamId.of("users", "public");
 * boolean same = StreamId.of("events", null).equals(StreamId.of("events", ""));   // true
 * Optional<SyncCatalogEntry> entry = catalog.findStream(users);
 * }</pre>
 *
 * <p>This is the one rule airbytekit uses to match streams across state, catalogs and stream configurations
 * ({@link StreamDescriptor#id()}, {@link StreamState#id()}, {@link SyncCatalogEntry#id()},
 * {@link StreamConfiguration#id()}). Names are compared exactly (case-sensitive); no wildcard namespace exists.
 */
public final class StreamId {
  private final String name;
  private final @Nullable String namespace;

  private StreamId(String name, @Nullable String namespace) {
    this.name = name;
    this.namespace = namespace;
  }

  /**
   * Returns the identity of stream {@code name} in {@code namespace}.
   *
   * @param name the stream name, kept exactly
   * @param namespace the namespace; null and {@code ""} both mean none
   * @return the identity; its {@link #getNamespace()} is null when {@code namespace} is null or empty
   */
  public static StreamId of(String name, @Nullable String namespace) {
    Objects.requireNonNull(name, "name == null");
    return new StreamId(name, namespace == null || namespace.isEmpty() ? null : namespace);
  }

  /**
   * The stream name.
   *
   * @return the name, never null
   */
  public String getName() {
    return name;
  }

  /**
   * The namespace, normalized.
   *
   * @return the namespace, or null for a stream without one (never {@code ""})
   */
  public @Nullable String getNamespace() {
    return namespace;
  }

  /** {@return {@code namespace.name}, or {@code name} for a stream without namespace; for messages} */
  public String displayName() {
    return namespace == null ? name : namespace + "." + name;
  }

  /** Equal to the identity of the same name in the same namespace (null and {@code ""} being the same). */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StreamId
        && ((StreamId) other).name.equals(name)
        && Objects.equals(((StreamId) other).namespace, namespace);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Objects.hashCode(namespace);
  }

  /** {@return the {@link #displayName()}} */
  @Override
  public String toString() {
    return displayName();
  }
}
