package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.snapshot.SnapshotComparison;
import io.github.airbytekit.connections.internal.snapshot.SnapshotDiffText;
import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What changed between two snapshots written by {@link CloudWorkspace#snapshot}, or between a snapshot and the
 * live workspace ({@link CloudWorkspace#diffSnapshot}): per connection (added, removed, changed), its settings'
 * changed fields, and per stream its state and catalog entry. The older side is "before", the newer (or live) one
 * "after".
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(Path.of("backup-monday"), Path.of("backup-tuesday"));
 * SnapshotDiff sinceMonday = workspace.diffSnapshot(Path.of("backup-monday"));
 * System.out.print(diff.toTable());
 * Files.writeString(Path.of("diff.json"), diff.toJson());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotDiff {
  SnapshotDiff() {}

  /** {@return a new builder (for tests of code that reads diffs)} */
  public static Builder builder() {
    return new Builder();
  }

  /** How one thing differs between the two sides. */
  public enum Change {
    /** Only in the newer side (the second snapshot, or the live workspace). */
    ADDED,
    /** Only in the older side (the first snapshot): such as a connection deleted since. */
    REMOVED,
    /** In both, different. */
    CHANGED,
    /** In both, equal. */
    UNCHANGED,
    /**
     * A connection of the live workspace that could not be read ({@link SnapshotConnectionDiff#getError()} says
     * why), so whether it differs is unknown; only a live diff reports it.
     */
    UNREADABLE
  }

  /**
   * Compares two snapshot directories; only connections their manifests list as written are read.
   *
   * @param before the older snapshot
   * @param after the newer snapshot
   * @return the differences, connections ordered by id
   * @throws AirbyteInputException if a directory has no readable manifest or a file is not what it should be
   */
  public static SnapshotDiff between(Path before, Path after) {
    return SnapshotComparison.compare(Objects.requireNonNull(before, "before == null"),
        Objects.requireNonNull(after, "after == null"));
  }

  /** {@return every connection of either side, unchanged ones included, ordered by id} */
  public abstract List<SnapshotConnectionDiff> getConnections();

  /** {@return the connections that differ, unreadable ones included} */
  public List<SnapshotConnectionDiff> changed() {
    return getConnections().stream().filter(c -> c.getChange() != Change.UNCHANGED).toList();
  }

  /** {@return the connections that could not be read (a live diff's only), each with its error} */
  public List<SnapshotConnectionDiff> unreadable() {
    return getConnections().stream().filter(c -> c.getChange() == Change.UNREADABLE).toList();
  }

  /**
   * Whether both sides hold the same states, catalogs and settings.
   *
   * @return true when nothing differs and every connection could be read
   */
  public boolean isEmpty() {
    return changed().isEmpty();
  }

  /** {@return the differences as one JSON document: {@code {"connections": [...]}}, unchanged ones left out} */
  public String toJson() {
    return SnapshotDiffText.json(this);
  }

  /** {@return the differences as a table, one line per changed stream or setting, for people} */
  public String toTable() {
    return SnapshotDiffText.table(this);
  }

  /** Builds a {@link SnapshotDiff}; each attribute may be set once. */
  public static final class Builder extends ImmutableSnapshotDiff.Builder {
    Builder() {}
  }
}
