/**
 * How {@code CloudWorkspace.snapshot} works; not exported by the module, not API. {@code SnapshotRunner} runs the
 * workers, {@code ConnectionReader} reads one connection consistently, {@code Manifest} keeps what was written and
 * its checksums, {@code SharedRateLimiter} spreads a 429's {@code Retry-After} over every worker.
 */
@NullMarked
package io.github.airbytekit.connections.internal.snapshot;

import org.jspecify.annotations.NullMarked;
