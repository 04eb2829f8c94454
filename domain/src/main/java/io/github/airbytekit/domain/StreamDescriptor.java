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
 * <p>Airbyte treats a null namespace and an empty one alike; {@link #id()} and {@link #matches(String, String)} do
 * too, but the value keeps what it was given.
 */
@Value.Immutable
@AirbyteStyle
public abstract class StreamDescriptor {
  StreamDescriptor() {}

  /**
   * The stream name (wire {@code name}).
   *
   * @return the stream name, never null
   */
  public abstract String getName();

  /**
   * The namespace (wire {@code namespace}), or null when absent.
   *
   * @return the namespace, or null if the property is absent or JSON {@code null}
   */
  public abstract @Nullable String getNamespace();

  /**
   * Properties this version does not know, in input order, kept verbatim.
   *
   * @return an unmodifiable map from property name to its exact JSON value, in input order; empty if there are none
   */
  public abstract Map<String, RawJson> getAdditionalProperties();

  /**
   * Returns a descriptor with the given name and namespace.
   *
   * @param name the stream name
   * @param namespace the namespace, or null for none (the property is then omitted)
   * @return a descriptor without unknown properties
   */
  public static StreamDescriptor of(String name, @Nullable String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /** {@return a new, empty builder; the strict builder accepts each attribute once} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the identity of the stream this names (null and {@code ""} namespaces being the same)} */
  public StreamId id() {
    return StreamId.of(getName(), getNamespace());
  }

  /**
   * True if this names the stream {@code name} in {@code namespace}: the name matches exactly and the namespaces
   * match with null and {@code ""} being the same (the rule of {@link StreamId}).
   *
   * @param name the stream name, compared exactly (case-sensitive)
   * @param namespace the namespace; null and {@code ""} both mean none
   * @return true if this descriptor names that stream
   */
  public boolean matches(String name, @Nullable String namespace) {
    return id().equals(StreamId.of(name, namespace));
  }

  /** {@return {@code namespace.name}, or {@code name} when the namespace is null or empty; for messages} */
  public String displayName() {
    return id().displayName();
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
