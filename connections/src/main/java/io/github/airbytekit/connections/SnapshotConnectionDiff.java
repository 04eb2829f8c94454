package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How one connection differs between two snapshots, or a snapshot and the live workspace (see
 * {@link SnapshotDiff}).
 *
 * <pre>{@code
 * for (SnapshotConnectionDiff connection : diff.changed()) {
 *   connection.getStreams().forEach(stream -> System.out.println(stream.getStream() + " " + stream.getState()));
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotConnectionDiff {
  SnapshotConnectionDiff() {}

  /** {@return a new builder (for tests of code that reads diffs)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the connection id} */
  public abstract String getConnectionId();

  /** {@return the connection's name on the newer side (the older one's when removed), or {@code ""}} */
  public abstract String getName();

  /** {@return whether the connection was added, removed, changed, is unchanged, or could not be read} */
  public abstract SnapshotDiff.Change getChange();

  /** {@return whether the state type differs ({@code stream}, {@code global}, {@code legacy}, {@code not_set})} */
  public abstract boolean isStateTypeChanged();

  /**
   * Whether the state outside the streams differs: a global state's shared state, a legacy state's blob, or a
   * property this version does not know.
   *
   * @return true when it differs
   */
  public abstract boolean isSharedStateChanged();

  /** {@return the top-level settings fields that differ, such as {@code name} or {@code scheduleData}} */
  public abstract List<String> getSettings();

  /** {@return the streams whose state or catalog entry differs} */
  public abstract List<SnapshotStreamDiff> getStreams();

  /** {@return why the live connection could not be read (when {@link SnapshotDiff.Change#UNREADABLE}), or null} */
  public abstract @Nullable String getError();

  /** Builds a {@link SnapshotConnectionDiff}; each attribute may be set once. */
  public static final class Builder extends ImmutableSnapshotConnectionDiff.Builder {
    Builder() {}
  }
}
