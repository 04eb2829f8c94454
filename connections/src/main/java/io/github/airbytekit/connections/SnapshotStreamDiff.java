package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import org.immutables.value.Value;

/**
 * How one stream of a connection differs between two snapshots: its state entry and its catalog entry.
 *
 * <pre>{@code
 * if (stream.getState() == SnapshotDiff.Change.CHANGED) System.out.println(stream.getStream() + ": cursor moved");
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotStreamDiff {
  SnapshotStreamDiff() {}

  /** {@return a new builder (for tests of code that reads diffs)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stream as {@code namespace.name} (or {@code name} without a namespace)} */
  public abstract String getStream();

  /** {@return how its state entry differs} */
  public abstract SnapshotDiff.Change getState();

  /** {@return how its catalog entry (stream and configuration) differs} */
  public abstract SnapshotDiff.Change getCatalog();

  /** Builds a {@link SnapshotStreamDiff}; each attribute may be set once. */
  public static final class Builder extends ImmutableSnapshotStreamDiff.Builder {
    Builder() {}
  }
}
