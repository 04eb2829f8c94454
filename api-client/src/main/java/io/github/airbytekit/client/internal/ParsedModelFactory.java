package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Wraps the adapter of every generated model so that a parsed instance remembers where it came from.
 *
 * <p>Generated models declare a transient {@link ModelOrigin} field (which Moshi's reflective adapter
 * skips). After the next adapter in the chain has read the object, this one stores the JSON path of the
 * object, taken before reading it, and the {@link ResponseOrigin} tag of the reader, if any. Nothing is
 * checked here: a required property that is missing fails only when its getter is called, with a message
 * built from this origin. Because the wrapper sits on each model's own adapter, objects nested in lists
 * and other objects get their own paths.
 */
public final class ParsedModelFactory implements JsonAdapter.Factory {

  /** The single instance. */
  public static final ParsedModelFactory INSTANCE = new ParsedModelFactory();

  private ParsedModelFactory() {
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Field origin = originField((Class<?>) type);
    if (origin == null) {
      return null;
    }
    return new Adapter(moshi.nextAdapter(this, type, annotations), origin);
  }

  private static @Nullable Field originField(Class<?> type) {
    if (type.isInterface() || type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")) {
      return null;
    }
    for (Field field : type.getDeclaredFields()) {
      if (field.getType() == ModelOrigin.class && !Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true); // our own generated classes, in this module
        return field;
      }
    }
    return null;
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final Field origin;

    Adapter(JsonAdapter<Object> delegate, Field origin) {
      this.delegate = delegate;
      this.origin = origin;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      // Taken before reading: afterwards an array index has already moved on to the next element.
      String path = reader.getPath();
      Object value = delegate.fromJson(reader);
      if (value != null) {
        try {
          origin.set(value, new ModelOrigin(reader.tag(ResponseOrigin.class), path));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e); // setAccessible(true) succeeded in create()
        }
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".withOrigin()";
    }
  }
}
