package io.github.airbytekit.kotlintests.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.spectools.api.ApiListing;
import org.junit.jupiter.api.Test;

/** connections' public API is {@code connections/api/airbytekit-connections.api}: changing it is a reviewed diff. */
class ConnectionsApiTest {
  @Test
  void thePublicApiIsTheCommittedListing() {
    ApiListings.assertModuleUpToDate(CloudWorkspace.class, "connections", "airbytekit-connections");
  }

  @Test
  void theInternalsAreNotExported() {
    assertThat(ApiListing.ofModule(ApiListings.locationOf(CloudWorkspace.class)).packages())
        .containsExactly("io.github.airbytekit.connections");
  }
}
