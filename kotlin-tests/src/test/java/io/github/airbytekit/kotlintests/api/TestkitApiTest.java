package io.github.airbytekit.kotlintests.api;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** testkit's public API (its internals left out) is {@code testkit/api/airbytekit-testkit.api}. */
class TestkitApiTest {
  @Test
  void thePublicApiIsTheCommittedListing() {
    ApiListings.assertUpToDate(FakeAirbyteServer.class,
        Set.of("io.github.airbytekit.testkit", "io.github.airbytekit.testkit.junit5"), "testkit",
        "airbytekit-testkit");
  }
}
