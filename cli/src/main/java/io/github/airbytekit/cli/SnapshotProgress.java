package io.github.airbytekit.cli;

import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotListener;
import java.util.Locale;

/** Shows a snapshot's or a live diff's finished connections on a {@link CountProgress}. */
final class SnapshotProgress implements SnapshotListener {
  private final CountProgress progress;

  SnapshotProgress(CountProgress progress) {
    this.progress = progress;
  }

  @Override
  public void started(int total) {
    progress.started(total);
  }

  @Override
  public void entryFinished(SnapshotEntry entry, int done, int total) {
    CountProgress.Mark mark = entry.getOutcome() == SnapshotEntry.Outcome.FAILED ? CountProgress.Mark.FAILED
        : entry.isConsistent() ? CountProgress.Mark.OK : CountProgress.Mark.NOTE;
    progress.done(done, total, mark, line(entry, done, total));
  }

  /** {@code [3/4] <connection id> written}, with {@code (inconsistent)} or {@code : <error>} when so. */
  static String line(SnapshotEntry entry, int done, int total) {
    String outcome = entry.getOutcome().name().toLowerCase(Locale.ROOT);
    return "[" + done + "/" + total + "] " + entry.getConnectionId() + " " + outcome
        + (entry.isConsistent() || entry.getOutcome() == SnapshotEntry.Outcome.FAILED ? "" : " (inconsistent)")
        + (entry.getError() == null ? "" : ": " + entry.getError());
  }
}
