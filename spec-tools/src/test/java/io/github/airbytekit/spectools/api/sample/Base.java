package io.github.airbytekit.spectools.api.sample;

/** No API: its public methods reach callers through {@link Sample}. */
abstract class Base {
  public String inherited() {
    return "";
  }

  public static void staticHelper() {}

  void hidden() {}
}
