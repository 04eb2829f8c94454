package io.github.airbytekit.kotlintests.api;

import io.github.airbytekit.spectools.api.ApiListing;
import io.github.airbytekit.spectools.api.ApiListingCheck;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

/** Checks the committed API listing of one module against its classes, as the build produced them. */
final class ApiListings {
  private ApiListings() {}

  /** The class directory or jar {@code anchor} was loaded from. */
  static Path locationOf(Class<?> anchor) {
    try {
      return Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code <root>/<module>/api/<artifact>.api}. */
  static Path committed(String module, String artifact) {
    Path root = Paths.get(System.getProperty("airbytekit.root", "..")).toAbsolutePath().normalize();
    return root.resolve(module).resolve("api").resolve(artifact + ".api");
  }

  /** The packages its module descriptor exports to everyone. */
  static void assertModuleUpToDate(Class<?> anchor, String module, String artifact) {
    assertUpToDate(ApiListing.ofModule(locationOf(anchor)), anchor, module, artifact);
  }

  /** Only {@code packages}: a module without descriptor, or with generated packages left out. */
  static void assertUpToDate(Class<?> anchor, Set<String> packages, String module, String artifact) {
    assertUpToDate(ApiListing.of(locationOf(anchor), packages), anchor, module, artifact);
  }

  private static void assertUpToDate(ApiListing listing, Class<?> anchor, String module, String artifact) {
    ApiListingCheck.assertUpToDate(listing.render(anchor.getClassLoader()), committed(module, artifact));
  }
}
