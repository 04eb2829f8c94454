package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a restore did with one connection of the snapshot.
 *
 * <pre>{@code
 * for (RestoreEntry entry : report.getEntries()) {
 *   System.out.println(entry.getSnapshotConnectionId() + " -> " + entry.getTargetConnectionId() + ": "
 *       + entry.getOutcome() + (entry.getReason() == null ? "" : " (" + entry.getReason() + ")"));
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class RestoreEntry {
  RestoreEntry() {}

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** What happened to a connection. */
  public enum Outcome {
    /** Catalog and state written (or already equal to the snapshot's). */
    RESTORED,
    /** A dry run: nothing written; {@link #getChanges()} says what would change. */
    PLANNED,
    /** Not matched to a target connection, or not in the snapshot's data; {@link #getReason()} says why. */
    SKIPPED,
    /** A sync runs on the target (a 423, or a running job seen before writing); nothing is left written. */
    LOCKED,
    /** A write failed after an earlier one succeeded; the target's previous catalog and state were put back. */
    ROLLED_BACK,
    /** Not restored; {@link #getReason()} says why and exactly what is left written on the target, if anything. */
    FAILED
  }

  /** {@return the connection's id in the snapshot} */
  public abstract String getSnapshotConnectionId();

  /** {@return the connection's name in the snapshot, or {@code ""}} */
  @Value.Default
  public String getSnapshotName() {
    return "";
  }

  /** {@return the target connection's id, or null when none was matched} */
  public abstract @Nullable String getTargetConnectionId();

  /** {@return what happened} */
  public abstract Outcome getOutcome();

  /**
   * Why it was skipped, locked, rolled back or failed; for a planned one, why it would fail.
   *
   * @return the reason, or null when restored, or planned without a problem
   */
  public abstract @Nullable String getReason();

  /**
   * The streams whose state is in the snapshot but not written, because the restored catalog lacks them (see
   * {@link RestorePlan#isWriteUnknownStreamStates()}).
   *
   * @return the streams as {@code namespace.name}, or {@code name} without a namespace
   */
  public abstract List<String> getUnwrittenStreams();

  /** {@return what the restore changes (or would change) on the target, or null when the target was never read} */
  public abstract @Nullable RestoreChanges getChanges();

  /** Builds a {@link RestoreEntry}; each attribute may be set once. */
  public static final class Builder extends ImmutableRestoreEntry.Builder {
    Builder() {}
  }
}
