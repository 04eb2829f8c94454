package io.github.airbytekit.domain.internal;

import io.github.airbytekit.domain.RawJson;
import java.util.function.Function;

/** Lets the internal reader wrap already validated bytes without a second copy or check. Not API. */
public final class RawJsonAccess {
  private static volatile Function<byte[], RawJson> wrapper;

  private RawJsonAccess() {}

  /** Called once by {@link RawJson}'s static initializer. */
  public static void install(Function<byte[], RawJson> w) {
    wrapper = w;
  }

  static RawJson wrap(byte[] validUtf8Json) {
    Function<byte[], RawJson> w = wrapper;
    if (w == null) {
      RawJson.nullValue(); // initializes RawJson, which installs the wrapper
      w = wrapper;
    }
    return w.apply(validUtf8Json);
  }
}
