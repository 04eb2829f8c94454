package io.github.airbytekit.cli;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * Progress over a known number of items, such as the connections of a snapshot, a live diff or a restore, on
 * stderr: on a terminal one bar redrawn in place, {@code [####......] 37/200 connections, 2 failed}, with the
 * lines of failed and notable items printed above it; elsewhere one line per item (logs and CI stay readable).
 * Thread-safe; secrets in the lines are masked.
 */
final class CountProgress {
  private static final int BAR_WIDTH = 10;

  /** How an item ended, which decides whether a terminal shows its line. */
  enum Mark {
    /** Done as asked: only the bar moves on a terminal. */
    OK,
    /** Done, with something worth reading (such as read while a sync ran): its line is shown. */
    NOTE,
    /** Failed: counted in the bar, its line is shown. */
    FAILED
  }

  private final Progress progress;
  private final boolean terminal;
  private final String noun;
  private final UnaryOperator<String> redact;
  private int failed;

  CountProgress(PrintWriter err, boolean terminal, String noun, UnaryOperator<String> redact) {
    this.progress = new Progress(err, terminal);
    this.terminal = terminal;
    this.noun = noun;
    this.redact = redact;
  }

  /** Progress of {@code noun} (a plural, such as {@code connections}) on the command's stderr. */
  static CountProgress of(RootCommand root, String noun) {
    return new CountProgress(root.err, root.stderrIsTerminal, noun, root.redactor()::maskKnown);
  }

  /** The number of items is known: a terminal shows the empty bar. */
  synchronized void started(int total) {
    if (terminal) {
      progress.update(bar(0, total), bar(0, total));
    }
  }

  /**
   * One more item is done.
   *
   * @param line what a log gets for it (a terminal gets it only for {@link Mark#NOTE} and {@link Mark#FAILED})
   */
  synchronized void done(int done, int total, Mark mark, String line) {
    if (mark == Mark.FAILED) {
      failed++;
    }
    if (!terminal) {
      progress.println(redact.apply(line));
      return;
    }
    if (mark != Mark.OK) {
      progress.println(redact.apply(line));
    }
    progress.update(bar(done, total), bar(done, total));
  }

  /** Ends the bar's line, so later output starts on a fresh one. */
  synchronized void finish() {
    progress.finish();
  }

  /** {@code [####......] 37/200 connections, 2 failed} (without the failures when there are none). */
  String bar(int done, int total) {
    int filled = total <= 0 ? BAR_WIDTH : (int) ((long) Math.min(done, total) * BAR_WIDTH / total);
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + noun
        + (failed == 0 ? "" : ", " + failed + " failed");
  }
}
