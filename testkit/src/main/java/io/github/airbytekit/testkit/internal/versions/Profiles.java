package io.github.airbytekit.testkit.internal.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The versions the shipped profiles cover ({@code versions.json} of the {@code airbytekit-openapi} jar). */
public final class Profiles {
  private Profiles() {}

  /** {@return the version names, oldest first, {@code latest} last} */
  @SuppressWarnings("unchecked")
  public static List<String> versions() {
    Map<String, Object> index = (Map<String, Object>) Profile.read(Profile.RESOURCES + "versions.json");
    List<String> versions = new ArrayList<>();
    for (Object entry : (List<Object>) index.get("versions")) {
      versions.add((String) ((Map<String, Object>) entry).get("version"));
    }
    return List.copyOf(versions);
  }
}
