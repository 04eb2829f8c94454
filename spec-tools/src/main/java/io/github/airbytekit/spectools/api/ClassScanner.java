package io.github.airbytekit.spectools.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The names of the classes of some packages, found in a class directory or a jar (not in sub-packages). */
final class ClassScanner {
  private ClassScanner() {}

  static List<String> classNames(Path location, Collection<String> packages) {
    List<String> names = new ArrayList<>();
    for (String entry : entries(location)) {
      if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.endsWith("package-info.class")
          || entry.startsWith("META-INF/")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      int dot = name.lastIndexOf('.');
      if (dot > 0 && packages.contains(name.substring(0, dot))) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  /** Every file path in {@code location}, with {@code /} separators, relative to its root. */
  private static List<String> entries(Path location) {
    List<String> entries = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(Files::isRegularFile)
              .forEach(file -> entries.add(location.relativize(file).toString().replace('\\', '/')));
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement().getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classes from " + location, e);
    }
    return entries;
  }
}
