package io.github.airbytekit.cli;

import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.RestoreListener;

/** Shows a restore's finished connections on a {@link CountProgress}: failed, rolled back and locked ones stand out. */
final class RestoreProgress implements RestoreListener {
  private final CountProgress progress;

  RestoreProgress(CountProgress progress) {
    this.progress = progress;
  }

  @Override
  public void started(int total) {
    progress.started(total);
  }

  @Override
  public void entryFinished(RestoreEntry entry, int done, int total) {
    CountProgress.Mark mark = switch (entry.getOutcome()) {
      case RESTORED, PLANNED -> entry.getUnwrittenStreams().isEmpty() ? CountProgress.Mark.OK
          : CountProgress.Mark.NOTE;
      case SKIPPED, LOCKED -> CountProgress.Mark.NOTE;
      case ROLLED_BACK, FAILED -> CountProgress.Mark.FAILED;
    };
    progress.done(done, total, mark, RestoreJson.line(entry, done, total));
  }
}
