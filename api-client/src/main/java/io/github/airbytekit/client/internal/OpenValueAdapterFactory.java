package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.OpenValue;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moshi adapters for open values ({@link OpenValue} subclasses with a public static {@code of(String)},
 * as every generated enum is): any string is read, through {@code of}, and written as its exact wire value,
 * so a value this client does not know goes back unchanged.
 */
public final class OpenValueAdapterFactory implements JsonAdapter.Factory {

  /** The single instance. */
  public static final OpenValueAdapterFactory INSTANCE = new OpenValueAdapterFactory();

  private OpenValueAdapterFactory() {
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class) || !OpenValue.class.isAssignableFrom((Class<?>) type)) {
      return null;
    }
    Class<?> raw = (Class<?>) type;
    if (Modifier.isAbstract(raw.getModifiers())) {
      return null;
    }
    try {
      MethodHandle of = MethodHandles.publicLookup()
          .findStatic(raw, "of", MethodType.methodType(raw, String.class));
      return new Adapter(raw, of).nullSafe();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // not an open value we know how to make
    }
  }

  private static final class Adapter extends JsonAdapter<OpenValue> {
    private final Class<?> type;
    private final MethodHandle of;

    Adapter(Class<?> type, MethodHandle of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public OpenValue fromJson(JsonReader reader) throws IOException {
      String wireValue = reader.nextString();
      try {
        return (OpenValue) of.invoke(wireValue);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(type.getName() + ".of threw", e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, OpenValue value) throws IOException {
      writer.value(value.wireValue());
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getName() + ", open)";
    }
  }
}
