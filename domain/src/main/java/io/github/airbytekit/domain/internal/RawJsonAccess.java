package io.github.airbytekit.domain.internal;

import io.github.airbytekit.domain.RawJson;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Wraps bytes that the reader has already validated into a {@link RawJson} without a second copy or check.
 *
 * <p>{@code RawJson}'s constructor is private and nothing public can reach it: this class looks it up with a
 * private lookup, which the JVM grants only within the module that holds both classes. So there is no hook that
 * user code could replace or call to change how blobs are read.
 */
final class RawJsonAccess {
  private static final MethodHandle CONSTRUCTOR = constructor();

  private RawJsonAccess() {}

  static RawJson wrap(byte[] validUtf8Json) {
    try {
      return (RawJson) CONSTRUCTOR.invokeExact(validUtf8Json);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e); // the constructor only stores the array
    }
  }

  private static MethodHandle constructor() {
    try {
      return MethodHandles.privateLookupIn(RawJson.class, MethodHandles.lookup())
          .findConstructor(RawJson.class, MethodType.methodType(void.class, byte[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
