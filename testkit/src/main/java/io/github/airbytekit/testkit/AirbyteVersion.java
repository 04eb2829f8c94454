package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.versions.Profiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Airbyte version the fake can behave as: a released self-managed version such as {@code 1.6.0}, or
 * {@link #LATEST} (today's Airbyte Cloud and main branch, the default). See the module README, "Airbyte versions",
 * for what changes per version.
 *
 * <pre>{@code
 * FakeAirbyteServer airbyte = FakeAirbyteServer.builder().airbyteVersion(AirbyteVersion.of("1.6.0")).build();
 * for (AirbyteVersion version : AirbyteVersion.supported()) {
 *   // run the same client test against every version
 * }
 * }</pre>
 */
public final class AirbyteVersion {
  /** Today's Airbyte: full responses, every job type listed by default. */
  public static final AirbyteVersion LATEST = new AirbyteVersion("latest");

  private static final List<AirbyteVersion> SUPPORTED = supportedVersions();

  private final String name;

  private AirbyteVersion(String name) {
    this.name = name;
  }

  /**
   * Returns the version named {@code name}, e.g. {@code "1.6.0"} or {@code "latest"}.
   *
   * @param name a version number as Airbyte tags its releases, or {@code latest}
   * @return the version
   * @throws IllegalArgumentException if the fake has no profile of that version (the message lists the supported
   *     ones)
   */
  public static AirbyteVersion of(String name) {
    Objects.requireNonNull(name, "name == null");
    String wanted = name.startsWith("v") ? name.substring(1) : name;
    for (AirbyteVersion version : SUPPORTED) {
      if (version.name.equals(wanted)) {
        return version;
      }
    }
    throw new IllegalArgumentException("the fake cannot behave as Airbyte " + name + "; it knows " + SUPPORTED);
  }

  /** {@return every supported version, oldest first, ending with {@link #LATEST}} */
  public static List<AirbyteVersion> supported() {
    return SUPPORTED;
  }

  /** {@return the version number, e.g. {@code 1.6.0}, or {@code latest}} */
  public String name() {
    return name;
  }

  /** {@return whether this is {@link #LATEST}} */
  public boolean isLatest() {
    return this == LATEST;
  }

  private static List<AirbyteVersion> supportedVersions() {
    List<AirbyteVersion> versions = new ArrayList<>();
    for (String version : Profiles.versions()) {
      versions.add(version.equals(LATEST.name) ? LATEST : new AirbyteVersion(version));
    }
    return Collections.unmodifiableList(versions);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AirbyteVersion && ((AirbyteVersion) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** {@return the {@link #name()}} */
  @Override
  public String toString() {
    return name;
  }
}
