package io.github.airbytekit.spectools.api;

import java.lang.reflect.Modifier;
import java.util.Set;

/** Which classes are API: public, with every enclosing class public too, in one of the listed packages. */
final class ApiTypes {
  private final Set<String> packages;

  ApiTypes(Set<String> packages) {
    this.packages = packages;
  }

  boolean contains(Class<?> type) {
    if (!packages.contains(type.getPackageName()) || type.isAnonymousClass() || type.isLocalClass()
        || type.isSynthetic()) {
      return false;
    }
    return isAccessible(type);
  }

  /** Whether code in any package can name {@code type}: it and every enclosing class are public. */
  static boolean isAccessible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
