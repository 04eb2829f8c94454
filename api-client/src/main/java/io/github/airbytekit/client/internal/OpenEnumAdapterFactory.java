package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Types;
import io.github.airbytekit.client.OpenEnum;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads generated enums leniently: a string without a constant becomes {@code UNKNOWN}.
 *
 * <p>Models hold enum properties as raw strings, so this adapter only matters where an enum is
 * read on its own (e.g. a list of enums, or callers using the shared Moshi directly). Writing
 * {@code UNKNOWN} fails, since its text is not known here.
 */
public final class OpenEnumAdapterFactory implements JsonAdapter.Factory {

  /** The single instance. */
  public static final OpenEnumAdapterFactory INSTANCE = new OpenEnumAdapterFactory();

  private OpenEnumAdapterFactory() {
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends java.lang.annotation.Annotation> annotations,
      com.squareup.moshi.Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum() || !OpenEnum.class.isAssignableFrom(raw)) {
      return null;
    }
    return new Adapter(raw).nullSafe();
  }

  private static final class Adapter extends JsonAdapter<OpenEnum> {
    private final Class<?> enumType;
    private final OpenEnum[] constants;
    private final OpenEnum unknown;

    Adapter(Class<?> enumType) {
      this.enumType = enumType;
      this.constants = (OpenEnum[]) enumType.getEnumConstants();
      OpenEnum fallback = null;
      for (OpenEnum constant : constants) {
        if (constant.isUnknown()) {
          fallback = constant;
        }
      }
      if (fallback == null) {
        throw new IllegalArgumentException(enumType.getName() + " has no UNKNOWN constant");
      }
      this.unknown = fallback;
    }

    @Override
    public OpenEnum fromJson(JsonReader reader) throws IOException {
      String value = reader.nextString();
      for (OpenEnum constant : constants) {
        if (!constant.isUnknown() && constant.wireValue().equals(value)) {
          return constant;
        }
      }
      return unknown;
    }

    @Override
    public void toJson(JsonWriter writer, OpenEnum value) throws IOException {
      if (value.isUnknown()) {
        throw new JsonDataException(
            "Cannot write " + enumType.getSimpleName() + ".UNKNOWN at path " + writer.getPath()
                + "; set the raw wire string instead");
      }
      writer.value(value.wireValue());
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + enumType.getName() + ", open)";
    }
  }
}
