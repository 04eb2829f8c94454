package io.github.airbytekit.client.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks required properties after Moshi's reflective adapter has read a generated model.
 *
 * <p>Generated getters of required, non-{@code nullable} properties are declared non-null; this
 * factory keeps that promise for parsed values. Any class with fields marked
 * {@link RequiredProperty} gets the next adapter in the chain (normally Moshi's reflective one)
 * wrapped: when a marked field is still null after reading — absent or JSON {@code null} — reading
 * fails with a {@link JsonDataException} naming the property and the JSON path of the object,
 * e.g. {@code Required property 'status' missing or null at $.data[3]}. Because the wrapper sits on
 * the model's own adapter, objects nested in lists or other objects are checked too.
 *
 * <p>Writing is unchanged: a model built with setters may still leave required properties unset.
 */
public final class RequiredPropertiesFactory implements JsonAdapter.Factory {

  /** The single instance. */
  public static final RequiredPropertiesFactory INSTANCE = new RequiredPropertiesFactory();

  private RequiredPropertiesFactory() {
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isInterface() || raw.isPrimitive() || raw.isArray() || raw.isEnum() || isPlatform(raw)) {
      return null;
    }
    List<RequiredField> required = requiredFields(raw);
    if (required.isEmpty()) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    return new Adapter(raw, delegate, required.toArray(new RequiredField[0]));
  }

  private static boolean isPlatform(Class<?> raw) {
    String name = raw.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("kotlin.");
  }

  private static List<RequiredField> requiredFields(Class<?> raw) {
    List<RequiredField> required = new ArrayList<>();
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!field.isAnnotationPresent(RequiredProperty.class) || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        // Same access Moshi's reflective adapter takes to fill these private fields.
        field.setAccessible(true);
        Json json = field.getAnnotation(Json.class);
        required.add(new RequiredField(field, json != null ? json.name() : field.getName()));
      }
    }
    return required;
  }

  private static final class RequiredField {
    final Field field;
    final String wireName;

    RequiredField(Field field, String wireName) {
      this.field = field;
      this.wireName = wireName;
    }
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final JsonAdapter<Object> delegate;
    private final RequiredField[] required;

    Adapter(Class<?> type, JsonAdapter<Object> delegate, RequiredField[] required) {
      this.type = type;
      this.delegate = delegate;
      this.required = required;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      // Taken before reading: afterwards an array index has already moved on to the next element.
      String path = reader.getPath();
      Object value = delegate.fromJson(reader);
      if (value != null) {
        for (RequiredField candidate : required) {
          if (get(candidate.field, value) == null) {
            throw new JsonDataException(
                "Required property '" + candidate.wireName + "' missing or null at " + path);
          }
        }
      }
      return value;
    }

    private static @Nullable Object get(Field field, Object target) {
      try {
        return field.get(target);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e); // setAccessible(true) succeeded in create()
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".requiredChecked(" + type.getSimpleName() + ")";
    }
  }
}
