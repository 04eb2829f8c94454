package io.github.airbytekit.connections;

/**
 * Follows a {@link CloudWorkspace#restore} as it goes; every method has a no-op default. Called on the restore's
 * worker threads, one call at a time, so keep it quick; an exception it throws is logged and otherwise ignored.
 *
 * <pre>{@code
 * RestorePlan plan = RestorePlan.builder()
 *     .listener((entry, done, total) -> System.out.printf("%d/%d %s%n", done, total, entry.getOutcome()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface RestoreListener {
  /** The listener that does nothing (the default). */
  RestoreListener NONE = (entry, done, total) -> {};

  /**
   * The snapshot is validated and its connections matched.
   *
   * @param total how many snapshot connections the restore covers, skipped ones included
   */
  default void started(int total) {}

  /**
   * One snapshot connection is done.
   *
   * @param entry what happened to it
   * @param done how many connections are done so far, this one included
   * @param total how many connections the restore covers
   */
  void entryFinished(RestoreEntry entry, int done, int total);
}
