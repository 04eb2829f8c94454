package io.github.airbytekit.spectools.api.sample;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API type of the sample. */
public final class Sample extends Base implements Comparable<Sample> {
  /** A constant. */
  public static final String CONSTANT = "x";

  /** A constructor. */
  public Sample() {}

  Sample(int hidden) {}

  /** Nullness in parameters, type arguments and the return type. */
  public @Nullable String maybe(List<@Nullable String> items, String... rest) {
    return null;
  }

  /** A generic method. */
  protected <T extends Number> T first(T[] values) {
    return values[0];
  }

  void packagePrivate() {}

  @Override
  public int compareTo(Sample other) {
    return 0;
  }

  /** Old. */
  @Deprecated
  public void old() {}

  /** A nested API type. */
  public interface Listener {
    /** Called. */
    void on(String @Nullable [] names);
  }

  /** Not API: not public. */
  static final class Helper {}
}
