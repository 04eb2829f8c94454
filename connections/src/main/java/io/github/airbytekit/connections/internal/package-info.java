/** Implementation details of {@code io.github.airbytekit.connections}; not API, may change at any time. */
@NullMarked
package io.github.airbytekit.connections.internal;

import org.jspecify.annotations.NullMarked;
