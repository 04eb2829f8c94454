package io.github.airbytekit.cli;

import java.util.Locale;

/**
 * How picocli lays out help in this process: off a console plain at 80 columns; on a console (stdin and stdout a
 * terminal) coloured unless {@code NO_COLOR} is set, the root command's help fitted to the terminal's width (its
 * {@code usageHelpAutoWidth}; picocli runs {@code stty} for it, never narrower than {@value #MINIMUM_COLUMNS}) and
 * every other command's at 80 columns. The launcher measures the width ({@code stty size}) and passes it as
 * {@value #COLUMNS_PROPERTY}, so that {@link Prerendered} can answer without asking picocli.
 *
 * @param console whether {@link System#console()} is not null (what picocli tests)
 * @param columns the terminal's width, or -1 when unknown (off a console, or {@code java -jar} without the launcher)
 * @param colour whether picocli would colour (on a console and no {@code NO_COLOR})
 */
record HelpLayout(boolean console, int columns, boolean colour) {
  /** System property the launcher sets to the terminal's width (columns) when stdin and stdout are a terminal. */
  static final String COLUMNS_PROPERTY = "airbytekit.terminal.columns";
  /** Picocli's narrowest usage width. */
  static final int MINIMUM_COLUMNS = 55;
  /** Off a console (what the build renders with). */
  static final HelpLayout PLAIN = new HelpLayout(false, -1, false);

  /** The layout of this process. */
  static HelpLayout current() {
    if (System.console() == null) {
      return PLAIN;
    }
    int columns;
    try {
      columns = Integer.parseInt(System.getProperty(COLUMNS_PROPERTY, "-1").trim());
    } catch (NumberFormatException e) {
      columns = -1;
    }
    return onTerminal(columns, System.getenv("NO_COLOR") == null);
  }

  /** On a console of {@code columns} (-1: unknown), coloured or not. */
  static HelpLayout onTerminal(int columns, boolean colour) {
    return new HelpLayout(true, Math.max(columns, -1), colour);
  }

  /** The width picocli gives the root command's help: the terminal's, at least {@value #MINIMUM_COLUMNS}. */
  int rootColumns() {
    return Math.max(columns, MINIMUM_COLUMNS);
  }

  @Override
  public String toString() {
    return console ? String.format(Locale.ROOT, "terminal of %d columns, %s", columns, colour ? "colour" : "plain")
        : "no console";
  }
}
