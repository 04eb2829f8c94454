package io.github.airbytekit.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Live progress on stderr: redrawn in place on a terminal, otherwise one line per change (so logs
 * and CI output stay readable).
 */
final class Progress {
  private final PrintWriter err;
  private final boolean inPlace;
  private @Nullable String lastKey;
  private String lastLine = "";
  private int lastWidth;
  private boolean lineOpen;

  Progress(PrintWriter err, boolean inPlace) {
    this.err = err;
    this.inPlace = inPlace;
  }

  /**
   * Shows {@code line}. {@code key} identifies what changed (not the elapsed time), so a
   * non-terminal gets a new line only when something besides the clock moved.
   */
  void update(String key, String line) {
    if (inPlace) {
      String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
      err.print("\r" + padded);
      err.flush();
      lastLine = line;
      lastWidth = line.length();
      lineOpen = true;
    } else if (!Objects.equals(key, lastKey)) {
      err.println(line);
      err.flush();
    }
    lastKey = key;
  }

  /**
   * Prints {@code line} on a line of its own: on a terminal above the in-place line, which is drawn again below
   * it; elsewhere as the next line.
   */
  void println(String line) {
    if (lineOpen) {
      String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
      err.print("\r" + padded + "\n" + lastLine);
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the in-place line, if any, so later output starts on a fresh line. */
  void finish() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }
}
