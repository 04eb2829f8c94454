package io.github.airbytekit.spectools.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders types as they are written in Java, with their type-use nullness: {@code @Nullable java.lang.String},
 * {@code java.util.List<@Nullable java.lang.String>}, {@code java.lang.String @Nullable []}. Only nullness
 * annotations are shown ({@code Nullable}, {@code NonNull}, whatever their package).
 */
final class TypeNames {
  private TypeNames() {}

  static String of(AnnotatedType type) {
    if (type instanceof AnnotatedArrayType) {
      String annotations = prefix(type).trim();
      return of(((AnnotatedArrayType) type).getAnnotatedGenericComponentType())
          + (annotations.isEmpty() ? "" : " " + annotations) + "[]";
    }
    String annotations = prefix(type);
    if (type instanceof AnnotatedParameterizedType) {
      ParameterizedType raw = (ParameterizedType) type.getType();
      List<String> arguments = new ArrayList<>();
      for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        arguments.add(of(argument));
      }
      return annotations + name(raw.getRawType()) + "<" + String.join(", ", arguments) + ">";
    }
    if (type instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType wildcard = (AnnotatedWildcardType) type;
      if (wildcard.getAnnotatedLowerBounds().length > 0) {
        return annotations + "? super " + of(wildcard.getAnnotatedLowerBounds()[0]);
      }
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      return upper.length == 0 || upper[0].getType() == Object.class
          ? annotations + "?" : annotations + "? extends " + of(upper[0]);
    }
    if (type instanceof AnnotatedTypeVariable) {
      return annotations + ((TypeVariable<?>) type.getType()).getName();
    }
    return annotations + name(type.getType());
  }

  /** {@code <T extends io.github.airbytekit.domain.OpenValue>}, or {@code ""} without type parameters. */
  static String parameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = new ArrayList<>();
      for (AnnotatedType bound : variable.getAnnotatedBounds()) {
        if (bound.getType() != Object.class) {
          bounds.add(of(bound));
        }
      }
      rendered.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", rendered) + ">";
  }

  static String name(Type type) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      if (c.isArray()) {
        return name(c.getComponentType()) + "[]";
      }
      String canonical = c.getCanonicalName();
      return canonical != null ? canonical : c.getName();
    }
    return type.getTypeName();
  }

  private static String prefix(AnnotatedType type) {
    StringBuilder prefix = new StringBuilder();
    for (Annotation annotation : type.getDeclaredAnnotations()) {
      String simple = annotation.annotationType().getSimpleName();
      if (simple.equals("Nullable") || simple.equals("NonNull")) {
        prefix.append('@').append(simple).append(' ');
      }
    }
    return prefix.toString();
  }
}
