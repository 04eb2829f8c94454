/**
 * Lossless Airbyte connection state and catalog values, in Config API form and Airbyte protocol form.
 *
 * <p>Opaque JSON (state blobs, JSON schemas, mappers) is held as {@link io.github.airbytekit.domain.RawJson}, the
 * exact text of the value, so no digit, key order or unicode escape is ever lost. Unknown properties are kept, in
 * order, on every object.
 *
 * <pre>{@code
 * ConnectionState state = AirbyteJson.connectionState().read(json);
 * List<AirbyteStateMessage> messages = StateConverter.toProtocol(state);
 * String protocolJson = AirbyteJson.stateMessages().write(messages);
 * }</pre>
 *
 * <p><b>Null versus absent.</b> For every typed property (strings, booleans, numbers, enums, lists, nested
 * objects) an absent property and a property whose value is JSON {@code null} mean the same thing: the getter
 * returns {@code null} and the property is omitted when written. Opaque blobs ({@link
 * io.github.airbytekit.domain.RawJson} properties) keep the difference: absent reads as {@code null}, JSON
 * {@code null} reads as {@link io.github.airbytekit.domain.RawJson#nullValue()} and is written back as {@code null}.
 * An empty list is never the same as an absent one.
 *
 * <p><b>Accessor names.</b> Value types (the Immutables classes such as
 * {@link io.github.airbytekit.domain.StreamConfig}, and small hand-written values such as
 * {@link io.github.airbytekit.domain.StreamId}) use {@code get*}/{@code is*} accessors, which Kotlin sees as
 * properties ({@code config.syncMode}, {@code id.namespace}). Open values
 * ({@link io.github.airbytekit.domain.OpenValue} and its subclasses) and handles use bare names: {@code wireValue()},
 * {@code isKnown()}, {@code name()}. Derived values and edits are plain methods: {@code id()},
 * {@code displayName()}, {@code with*(...)}.
 *
 * <p><b>Stream identity.</b> A stream is its name plus its namespace, where null and {@code ""} are the same
 * namespace: {@link io.github.airbytekit.domain.StreamId}, returned by {@code id()} on every type that names a
 * stream. Catalog and state edits ({@code SyncCatalog.withEntry}, {@code ConnectionState.withStreamState}, ...)
 * match streams with it.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.domain;
