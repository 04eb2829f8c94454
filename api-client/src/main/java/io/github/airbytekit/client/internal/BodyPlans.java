package io.github.airbytekit.client.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.internal.PreRead;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds what of a response type the domain's byte reader can read before Moshi: the type itself (a state body)
 * or its top-level properties of domain types (the {@code syncCatalog} of a connection), as Moshi's reflective
 * adapter names them.
 */
final class BodyPlans {
  private BodyPlans() {}

  /** The plan for bodies of {@code type}, or null when no part of it has a domain adapter in {@code moshi}. */
  static PreRead.@Nullable Plan of(Type type, Moshi moshi) {
    Map<String, JsonAdapter<?>> members = new HashMap<>();
    if (type instanceof Class) {
      for (Class<?> c = (Class<?>) type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          addMember(members, field, moshi);
        }
      }
    }
    return PreRead.Plan.of(moshi.adapter(type), members);
  }

  private static void addMember(Map<String, JsonAdapter<?>> members, Field field, Moshi moshi) {
    int modifiers = field.getModifiers();
    Json json = field.getAnnotation(Json.class);
    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || (json != null && json.ignore())) {
      return;
    }
    String name = json != null && !json.name().equals(Json.UNSET_NAME) ? json.name() : field.getName();
    try {
      members.putIfAbsent(name, moshi.adapter(field.getGenericType()));
    } catch (IllegalArgumentException e) {
      // no adapter: Moshi's own adapter for the type will say so when it is used
    }
  }
}
