package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No generated api-client type, and no internal type, leaks into a public signature. */
class PublicApiSurfaceTest {
  private static final List<String> FORBIDDEN =
      List.of("io.github.airbytekit.client.", "io.github.airbytekit.connections.internal.");

  @Test
  void publicSignaturesUseOnlyPublicApiTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> types = publicTypes();
    assertThat(types).extracting(Class::getSimpleName).contains("CloudWorkspace", "CloudConnection", "SyncResult");
    for (Class<?> type : types) {
      List<Executable> members = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          members.add(m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          members.add(c);
        }
      }
      for (Executable member : members) {
        List<Type> used = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        if (member instanceof Method) {
          used.add(((Method) member).getGenericReturnType());
        }
        for (Type t : used) {
          if (FORBIDDEN.stream().anyMatch(t.getTypeName()::contains)) {
            leaks.add(type.getSimpleName() + "." + member.getName() + " uses " + t.getTypeName());
          }
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers())
            && FORBIDDEN.stream().anyMatch(f.getGenericType().getTypeName()::contains)) {
          leaks.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /** Public top-level and nested types of the package, found from the compiled classes. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Paths.get(CloudConnection.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/airbytekit/connections");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (String name : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
          .collect(Collectors.toList())) {
        Class<?> type = Class.forName("io.github.airbytekit.connections." + name.replace(".class", ""));
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
