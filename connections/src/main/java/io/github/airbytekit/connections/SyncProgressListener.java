package io.github.airbytekit.connections;

/**
 * Receives a {@link SyncProgress} after every poll while a job is awaited. Called on the waiting thread;
 * keep it quick. An exception thrown here ends the wait.
 *
 * <pre>{@code
 * SyncProgressListener log = p -> System.out.printf("%s %d records after %s%n",
 *     p.getStatus(), p.getRecordsSynced(), p.getElapsed());
 * }</pre>
 */
@FunctionalInterface
public interface SyncProgressListener {
  /**
   * Called with the job's latest status and counters.
   *
   * @param progress the observation
   */
  void onProgress(SyncProgress progress);
}
