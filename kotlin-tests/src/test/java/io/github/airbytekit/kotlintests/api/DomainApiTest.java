package io.github.airbytekit.kotlintests.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.spectools.api.ApiListing;
import org.junit.jupiter.api.Test;

/** domain's public API is {@code domain/api/airbytekit-domain.api}: changing it is a reviewed diff. */
class DomainApiTest {
  @Test
  void thePublicApiIsTheCommittedListing() {
    ApiListings.assertModuleUpToDate(ConnectionState.class, "domain", "airbytekit-domain");
  }

  @Test
  void theListingCoversOnlyTheExportedPackage() {
    assertThat(ApiListing.ofModule(ApiListings.locationOf(ConnectionState.class)).packages())
        .containsExactly("io.github.airbytekit.domain");
  }
}
