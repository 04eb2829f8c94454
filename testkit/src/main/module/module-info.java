/**
 * airbytekit's fake Airbyte for tests: {@link io.github.airbytekit.testkit.FakeAirbyteServer} and its JUnit 5
 * extension. Only the two API packages are exported; the implementation ({@code ...testkit.internal.*}) is not.
 */
module io.github.airbytekit.testkit {
  requires transitive io.github.airbytekit.domain;
  requires io.github.airbytekit.client;
  requires io.github.airbytekit.openapi;
  requires com.cronutils;
  requires com.squareup.moshi;
  requires okio;
  requires static transitive org.jspecify;
  requires static org.junit.jupiter.api;

  exports io.github.airbytekit.testkit;
  exports io.github.airbytekit.testkit.junit5;
}
