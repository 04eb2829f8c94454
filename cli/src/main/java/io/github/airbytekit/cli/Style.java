package io.github.airbytekit.cli;

/** ANSI styling for the demo, only on a terminal and never when {@code NO_COLOR} is set. */
final class Style {
  private final boolean enabled;

  Style(boolean enabled) {
    this.enabled = enabled;
  }

  String bold(String text) {
    return wrap("1", text);
  }

  String dim(String text) {
    return wrap("2", text);
  }

  String green(String text) {
    return wrap("32", text);
  }

  String red(String text) {
    return wrap("31", text);
  }

  String cyan(String text) {
    return wrap("36", text);
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
