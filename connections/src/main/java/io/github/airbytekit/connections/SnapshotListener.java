package io.github.airbytekit.connections;

/**
 * Follows a {@link CloudWorkspace#snapshot} as it goes; every method has a no-op default. Called on the snapshot's
 * worker threads, one call at a time, so keep it quick; an exception it throws is logged and otherwise ignored.
 *
 * <pre>{@code
 * SnapshotOptions options = SnapshotOptions.builder()
 *     .listener((entry, done, total) -> System.out.printf("%d/%d %s%n", done, total, entry.getConnectionId()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface SnapshotListener {
  /** The listener that does nothing (the default). */
  SnapshotListener NONE = (entry, done, total) -> {};

  /**
   * The connections to snapshot are known.
   *
   * @param total how many connections the snapshot covers, skipped ones included
   */
  default void started(int total) {}

  /**
   * One connection is done: written, skipped as already complete, or failed.
   *
   * @param entry what happened to it
   * @param done how many connections are done so far, this one included
   * @param total how many connections the snapshot covers
   */
  void entryFinished(SnapshotEntry entry, int done, int total);
}
