package io.github.airbytekit.spectools.api;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines of one type's members that callers can reach: its public and protected fields, constructors and
 * methods, and the public methods it inherits from superclasses callers cannot name (javac lets callers use them
 * through the API type). Fields come first, then constructors, then methods, each sorted by name and parameters.
 */
final class Members {
  private Members() {}

  static List<String> of(Class<?> type) {
    Map<String, String> fields = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        fields.put(field.getName(), modifiers(field.getModifiers(), false) + TypeNames.of(field.getAnnotatedType())
            + " " + field.getName());
      }
    }
    Map<String, String> constructors = new TreeMap<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
        constructors.put(parameters(constructor),
            modifiers(constructor.getModifiers(), false) + "<init>" + parameters(constructor));
      }
    }
    Map<String, String> methods = new TreeMap<>();
    for (Class<?> owner = type; owner != null && (owner == type || !ApiTypes.isAccessible(owner));
        owner = owner.getSuperclass()) {
      for (Method method : owner.getDeclaredMethods()) {
        boolean inherited = owner != type;
        if (method.isSynthetic() || method.isBridge() || !visible(method.getModifiers())
            || inherited && (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers()))) {
          continue;
        }
        String key = method.getName() + parameters(method);
        methods.putIfAbsent(key, (method.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "")
            + modifiers(method.getModifiers(), type.isInterface())
            + TypeNames.parameters(method.getTypeParameters())
            + (method.getTypeParameters().length > 0 ? " " : "")
            + TypeNames.of(method.getAnnotatedReturnType()) + " " + key);
      }
    }
    List<String> lines = new ArrayList<>(fields.values());
    lines.addAll(constructors.values());
    lines.addAll(methods.values());
    return lines;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers, boolean inInterface) {
    int shown = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT);
    if (inInterface) {
      shown &= ~Modifier.ABSTRACT; // every non-default, non-static interface method is
    }
    String text = Modifier.toString(shown);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String parameters(Executable executable) {
    List<String> parameters = new ArrayList<>();
    AnnotatedType[] types = executable.getAnnotatedParameterTypes();
    for (int i = 0; i < types.length; i++) {
      String type = TypeNames.of(types[i]);
      if (executable.isVarArgs() && i == types.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(type);
    }
    return "(" + String.join(", ", parameters) + ")";
  }
}
