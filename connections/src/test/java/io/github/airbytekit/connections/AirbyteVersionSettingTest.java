package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Airbyte version a workspace is configured for: builder, environment and their checks, without I/O. */
class AirbyteVersionSettingTest {
  private static final String WS = "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6";

  private static CloudWorkspace.Builder bearer() {
    return CloudWorkspace.builder().workspaceId(WS).bearerToken(Secret.of("token"));
  }

  @Test
  void theDefaultIsLatest() {
    assertThat(bearer().build().airbyteVersion()).isEqualTo("latest");
  }

  @Test
  void aReleaseIsNamedWithOrWithoutItsV() {
    assertThat(bearer().airbyteVersion("1.8.0").build().airbyteVersion()).isEqualTo("1.8.0");
    assertThat(bearer().airbyteVersion("v1.6.0").build().airbyteVersion()).isEqualTo("1.6.0");
    assertThat(bearer().airbyteVersion("latest").build().airbyteVersion()).isEqualTo("latest");
  }

  @Test
  void anUnknownVersionIsRefusedListingTheSupportedOnes() {
    assertThatThrownBy(() -> bearer().airbyteVersion("0.50.1").build())
        .isInstanceOf(AirbyteInputException.class)
        .hasMessage("Unknown Airbyte version '0.50.1' (airbyteVersion(…)): airbytekit knows 1.4.0, 1.6.0, 1.8.0,"
            + " 2.0.0, latest.");
  }

  @Test
  void theEnvironmentSetsTheVersionAndIsNamedWhenItIsUnknown() {
    assertThat(CloudWorkspace.fromEnvironment(Map.of("AIRBYTE_WORKSPACE_ID", WS, "AIRBYTE_BEARER_TOKEN", "t",
        "AIRBYTE_VERSION", "v2.0.0")).airbyteVersion()).isEqualTo("2.0.0");

    assertThatThrownBy(() -> CloudWorkspace.fromEnvironment(Map.of("AIRBYTE_WORKSPACE_ID", WS,
        "AIRBYTE_BEARER_TOKEN", "t", "AIRBYTE_VERSION", "9.9")))
        .isInstanceOf(AirbyteInputException.class)
        .hasMessageContaining("Unknown Airbyte version '9.9' (AIRBYTE_VERSION)");
  }

  @Test
  void theVersionCarriesOverToVariants() {
    CloudWorkspace original = bearer().airbyteVersion("1.4.0").build();

    assertThat(original.newBuilder().workspaceId("other").build().airbyteVersion()).isEqualTo("1.4.0");
  }
}
