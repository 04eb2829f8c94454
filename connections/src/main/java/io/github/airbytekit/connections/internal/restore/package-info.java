/**
 * How {@code CloudWorkspace.restore} works; not exported by the module, not API. {@code SnapshotSource} reads and
 * checks a snapshot directory, {@code Matching} pairs its connections with the target's, {@code StatePlan} and
 * {@code RestoreComparison} work out what changes, {@code ConnectionRestorer} restores one connection
 * all-or-nothing, {@code RestoreRunner} runs the workers.
 */
@NullMarked
package io.github.airbytekit.connections.internal.restore;

import org.jspecify.annotations.NullMarked;
