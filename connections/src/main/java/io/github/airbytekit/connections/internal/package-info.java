/**
 * Implementation details of {@code io.github.airbytekit.connections}; not exported by the module, not API, may
 * change at any time. The {@code Gateway} executes every call and maps every answer; the {@code *Calls} classes are
 * the typed operations of both APIs, mapping answers once into small records.
 */
@NullMarked
package io.github.airbytekit.connections.internal;

import org.jspecify.annotations.NullMarked;
