package io.github.airbytekit.spectools.api;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public API of some packages of a class directory or jar, as text: one block per API type (its declaration,
 * then one line per public or protected member, sorted), types sorted by name. Nullness annotations on types
 * are shown; everything else about a member (its Javadoc, its body) is not.
 *
 * <pre>{@code
 * String text = ApiListing.ofModule(jar).render();
 * }</pre>
 */
public final class ApiListing {
  private final Path location;
  private final Set<String> packages;

  private ApiListing(Path location, Collection<String> packages) {
    this.location = location;
    this.packages = new TreeSet<>(packages);
  }

  /**
   * The listing of {@code packages} of {@code location}.
   *
   * @param location a class directory or jar, on the class path of the caller
   * @param packages the packages to list
   * @return the listing (nothing is read yet)
   */
  public static ApiListing of(Path location, Collection<String> packages) {
    return new ApiListing(location, packages);
  }

  /**
   * The listing of the packages the module descriptor of {@code location} exports to everyone.
   *
   * @param location a class directory or jar with a {@code module-info.class}
   * @return the listing (nothing is read yet)
   * @throws IllegalArgumentException if {@code location} has no module descriptor
   */
  public static ApiListing ofModule(Path location) {
    return new ApiListing(location, exportedPackages(location));
  }

  /** {@return the packages the descriptor of {@code location} exports without a qualification} */
  static Set<String> exportedPackages(Path location) {
    Optional<ModuleReference> module = ModuleFinder.of(location).findAll().stream().findFirst();
    ModuleDescriptor descriptor = module.map(ModuleReference::descriptor)
        .filter(d -> !d.isAutomatic())
        .orElseThrow(() -> new IllegalArgumentException("No module descriptor in " + location));
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports exports : descriptor.exports()) {
      if (!exports.isQualified()) {
        exported.add(exports.source());
      }
    }
    return exported;
  }

  /** {@return the packages listed} */
  public Set<String> packages() {
    return Set.copyOf(packages);
  }

  /**
   * Renders the listing, loading the classes with {@code loader}.
   *
   * @param loader a class loader that sees the classes of the location (the test's own, typically)
   * @return the listing: blocks separated by a blank line, ending with a line break
   */
  public String render(ClassLoader loader) {
    ApiTypes api = new ApiTypes(packages);
    StringBuilder text = new StringBuilder();
    for (String name : ClassScanner.classNames(location, packages)) {
      Class<?> type = load(name, loader);
      if (!api.contains(type)) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(declaration(type)).append(" {\n");
      for (String member : Members.of(type)) {
        text.append("  ").append(member).append('\n');
      }
      text.append("}\n");
    }
    return text.toString();
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Listed class " + name + " cannot be loaded", e);
    }
  }

  /** {@code public abstract class a.B extends a.C implements a.D}, with the supertypes' type arguments. */
  static String declaration(Class<?> type) {
    int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.FINAL | (type.isEnum() || type.isRecord() ? 0 : Modifier.STATIC));
    }
    StringBuilder text = new StringBuilder();
    if (type.isAnnotationPresent(Deprecated.class)) {
      text.append("@Deprecated ");
    }
    text.append(Modifier.toString(modifiers)).append(' ').append(kind).append(' ').append(TypeNames.name(type))
        .append(TypeNames.parameters(type.getTypeParameters()));
    // A superclass callers cannot name (package-private) is skipped: its public members are listed on the type.
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    Class<?> raw = type.getSuperclass();
    while (raw != null && !ApiTypes.isAccessible(raw)) {
      superclass = raw.getAnnotatedSuperclass();
      raw = raw.getSuperclass();
    }
    if (superclass != null && raw != Object.class && !type.isEnum() && !type.isRecord()) {
      text.append(" extends ").append(TypeNames.of(superclass));
    }
    List<String> interfaces = new ArrayList<>();
    for (AnnotatedType implemented : type.getAnnotatedInterfaces()) {
      Class<?> rawInterface = implemented.getType() instanceof Class ? (Class<?>) implemented.getType()
          : (Class<?>) ((java.lang.reflect.ParameterizedType) implemented.getType()).getRawType();
      if (!type.isAnnotation() && ApiTypes.isAccessible(rawInterface)) {
        interfaces.add(TypeNames.of(implemented));
      }
    }
    if (!interfaces.isEmpty()) {
      text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return text.toString();
  }
}
