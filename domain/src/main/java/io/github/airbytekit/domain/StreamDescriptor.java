package io.github.airbytekit.domain;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Names one stream: a name and an optional namespace. The same shape in Config API and protocol form.
 *
 * <pre>{@code
 * StreamDescriptor users = StreamDescriptor.of("users", "public");
 * }</pre>
 *
 * <p>Airbyte treats a null namespace and an empty one alike; {@link #matches(String, String)} does too, but the
 * value keeps what it was given.
 */
@Value.Immutable
@AirbyteStyle
public abstract class StreamDescriptor {
  StreamDescriptor() {}

  /** The stream name (wire {@code name}). */
  public abstract String getName();

  /** The namespace (wire {@code namespace}), or null when absent. */
  public abstract @Nullable String getNamespace();

  /** Properties this version does not know, in input order, kept verbatim. */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /** Returns a descriptor with the given name and namespace (null for none). */
  public static StreamDescriptor of(String name, @Nullable String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * True if this names the stream {@code name} in {@code namespace}: the name matches exactly and the namespaces
   * match with null and {@code ""} being the same.
   */
  public boolean matches(String name, @Nullable String namespace) {
    return getName().equals(name) && Names.sameNamespace(getNamespace(), namespace);
  }

  /** {@code namespace.name}, or {@code name} when there is no namespace; for messages. */
  public String displayName() {
    String ns = getNamespace();
    return ns == null || ns.isEmpty() ? getName() : ns + "." + getName();
  }

  @Value.Check
  void check() {
    Names.checkAdditional(getAdditionalProperties(), "StreamDescriptor", "name", "namespace");
  }

  /** Builds a {@link StreamDescriptor}. */
  public static final class Builder extends ImmutableStreamDescriptor.Builder {
    Builder() {}
  }
}
