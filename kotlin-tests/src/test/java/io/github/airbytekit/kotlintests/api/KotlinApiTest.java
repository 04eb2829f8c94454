package io.github.airbytekit.kotlintests.api;

import io.github.airbytekit.kotlin.AirbyteCoroutines;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Kotlin artifact's public API is {@code kotlin/api/airbytekit-kotlin.api}. */
class KotlinApiTest {
  @Test
  void thePublicApiIsTheCommittedListing() {
    // An automatic module (Kotlin sources only, no descriptor): its one package is the API.
    ApiListings.assertUpToDate(AirbyteCoroutines.class, Set.of("io.github.airbytekit.kotlin"), "kotlin",
        "airbytekit-kotlin");
  }
}
