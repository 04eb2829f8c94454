/**
 * A stateful, in-memory Airbyte server for tests.
 *
 * <pre>{@code
 * try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
 *   airbyte.seedDemo();
 *   // point your client at airbyte.apiRoot() with airbyte.clientId() / airbyte.clientSecret()
 *   assertThat(airbyte.requests().syncsTriggeredFor(DemoSeed.STREAM_CONNECTION_ID)).isZero();
 * }
 * }</pre>
 *
 * <p>{@link io.github.airbytekit.testkit.FakeAirbyteServer} works without JUnit; the JUnit 5
 * extension lives in {@code io.github.airbytekit.testkit.junit5}.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.testkit;
