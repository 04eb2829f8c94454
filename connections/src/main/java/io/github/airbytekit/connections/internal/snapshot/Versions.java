package io.github.airbytekit.connections.internal.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, as Maven recorded it in the jar; {@code development} when run from classes. */
final class Versions {
  private static final String POM = "/META-INF/maven/io.github.airbytekit/airbytekit-connections/pom.properties";
  private static final String VERSION = find();

  private Versions() {}

  static String airbytekit() {
    return VERSION;
  }

  private static String find() {
    try (InputStream in = Versions.class.getResourceAsStream(POM)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest's version
    }
    String implementation = Versions.class.getPackage().getImplementationVersion();
    return implementation == null ? "development" : implementation;
  }
}
