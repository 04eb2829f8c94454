package io.github.airbytekit.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The public API's sync mode of a stream ({@code syncMode} of a {@link StreamConfiguration}): a {@link SyncMode}
 * and a {@link DestinationSyncMode} fused into one wire value, such as {@code incremental_deduped_history}.
 *
 * <pre>{@code
 * ConnectionSyncMode mode = ConnectionSyncMode.of("incremental_append");
 * SyncMode read = mode.syncMode();                          // SyncMode.INCREMENTAL
 * DestinationSyncMode write = mode.destinationSyncMode();   // DestinationSyncMode.APPEND
 * Optional<ConnectionSyncMode> fused =
 *     ConnectionSyncMode.forModes(SyncMode.INCREMENTAL, DestinationSyncMode.APPEND_DEDUP);  // INCREMENTAL_DEDUPED_HISTORY
 * }</pre>
 *
 * <p>An {@link OpenValue}: a value this version does not know is kept with its exact wire string, so it survives
 * a read and write unchanged. Compare with {@code equals} or {@code ==} against the constants (known values are
 * canonical instances).
 */
public final class ConnectionSyncMode extends OpenValue {
  /** Full refresh, overwrite. Wire value {@code full_refresh_overwrite}. */
  public static final ConnectionSyncMode FULL_REFRESH_OVERWRITE =
      known("full_refresh_overwrite", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE);

  /** Full refresh, overwrite with deduplication. Wire value {@code full_refresh_overwrite_deduped}. */
  public static final ConnectionSyncMode FULL_REFRESH_OVERWRITE_DEDUPED =
      known("full_refresh_overwrite_deduped", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE_DEDUP);

  /** Full refresh, append. Wire value {@code full_refresh_append}. */
  public static final ConnectionSyncMode FULL_REFRESH_APPEND =
      known("full_refresh_append", SyncMode.FULL_REFRESH, DestinationSyncMode.APPEND);

  /** Full refresh, update in place. Wire value {@code full_refresh_update}. */
  public static final ConnectionSyncMode FULL_REFRESH_UPDATE =
      known("full_refresh_update", SyncMode.FULL_REFRESH, DestinationSyncMode.UPDATE);

  /** Full refresh, soft delete. Wire value {@code full_refresh_soft_delete}. */
  public static final ConnectionSyncMode FULL_REFRESH_SOFT_DELETE =
      known("full_refresh_soft_delete", SyncMode.FULL_REFRESH, DestinationSyncMode.SOFT_DELETE);

  /** Incremental, append. Wire value {@code incremental_append}. */
  public static final ConnectionSyncMode INCREMENTAL_APPEND =
      known("incremental_append", SyncMode.INCREMENTAL, DestinationSyncMode.APPEND);

  /** Incremental, append then deduplicate. Wire value {@code incremental_deduped_history}. */
  public static final ConnectionSyncMode INCREMENTAL_DEDUPED_HISTORY =
      known("incremental_deduped_history", SyncMode.INCREMENTAL, DestinationSyncMode.APPEND_DEDUP);

  /** Incremental, update in place. Wire value {@code incremental_update}. */
  public static final ConnectionSyncMode INCREMENTAL_UPDATE =
      known("incremental_update", SyncMode.INCREMENTAL, DestinationSyncMode.UPDATE);

  /** Incremental, soft delete. Wire value {@code incremental_soft_delete}. */
  public static final ConnectionSyncMode INCREMENTAL_SOFT_DELETE =
      known("incremental_soft_delete", SyncMode.INCREMENTAL, DestinationSyncMode.SOFT_DELETE);

  private static final List<ConnectionSyncMode> KNOWN = List.of(FULL_REFRESH_OVERWRITE,
      FULL_REFRESH_OVERWRITE_DEDUPED, FULL_REFRESH_APPEND, FULL_REFRESH_UPDATE, FULL_REFRESH_SOFT_DELETE,
      INCREMENTAL_APPEND, INCREMENTAL_DEDUPED_HISTORY, INCREMENTAL_UPDATE, INCREMENTAL_SOFT_DELETE);

  private final @Nullable SyncMode syncMode;
  private final @Nullable DestinationSyncMode destinationSyncMode;

  private ConnectionSyncMode(
      String wireValue, boolean known, @Nullable SyncMode syncMode, @Nullable DestinationSyncMode destinationSyncMode) {
    super(wireValue, known);
    this.syncMode = syncMode;
    this.destinationSyncMode = destinationSyncMode;
  }

  private static ConnectionSyncMode known(String wireValue, SyncMode syncMode, DestinationSyncMode destination) {
    return new ConnectionSyncMode(wireValue, true, syncMode, destination);
  }

  /**
   * Returns the constant for {@code wireValue} (exact, case-sensitive match), or an unknown value that keeps it.
   *
   * @param wireValue the string read from the wire, not null
   * @return the canonical constant, or a new unknown value whose {@link #wireValue()} is {@code wireValue}
   */
  public static ConnectionSyncMode of(String wireValue) {
    return lookup(KNOWN, wireValue, unknown -> new ConnectionSyncMode(unknown, false, null, null));
  }

  /**
   * Finds the fused value of a source and a destination sync mode.
   *
   * @param syncMode how the source reads
   * @param destinationSyncMode how the destination writes
   * @return the constant combining both, or empty when the public API has none for the pair (for instance
   *     {@code full_refresh} with {@code append_dedup}, or a mode this version does not know)
   */
  public static Optional<ConnectionSyncMode> forModes(SyncMode syncMode, DestinationSyncMode destinationSyncMode) {
    Objects.requireNonNull(syncMode, "syncMode == null");
    Objects.requireNonNull(destinationSyncMode, "destinationSyncMode == null");
    for (ConnectionSyncMode candidate : KNOWN) {
      if (syncMode.equals(candidate.syncMode) && destinationSyncMode.equals(candidate.destinationSyncMode)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The values this version knows, in declaration order.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ConnectionSyncMode> knownValues() {
    return KNOWN;
  }

  /**
   * How the source reads a stream in this mode.
   *
   * @return {@code full_refresh} or {@code incremental}; null for a value this version does not know
   */
  public @Nullable SyncMode syncMode() {
    return syncMode;
  }

  /**
   * How the destination writes a stream in this mode.
   *
   * @return the destination sync mode; null for a value this version does not know
   */
  public @Nullable DestinationSyncMode destinationSyncMode() {
    return destinationSyncMode;
  }
}
