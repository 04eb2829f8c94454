package io.github.airbytekit.kotlintests.api;

import io.github.airbytekit.client.PublicApiServices;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * api-client's hand-written public API is {@code api-client/api/airbytekit-api-client.api}. The generated
 * packages ({@code …publicapi.api/model}, {@code …configapi.api/model}) follow our OpenAPI documents and are
 * checked there, by the drift check and the profiles.
 */
class ApiClientApiTest {
  @Test
  void theHandWrittenPublicApiIsTheCommittedListing() {
    ApiListings.assertUpToDate(PublicApiServices.class,
        Set.of("io.github.airbytekit.client", "io.github.airbytekit.client.configapi"), "api-client",
        "airbytekit-api-client");
  }
}
