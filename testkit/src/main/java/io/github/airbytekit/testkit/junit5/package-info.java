/**
 * JUnit 5 support for {@link io.github.airbytekit.testkit.FakeAirbyteServer}.
 *
 * <pre>{@code
 * class SyncTest {
 *   @RegisterExtension
 *   static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create();
 *
 *   @Test
 *   void startsASync() {
 *     airbyte.server().seedDemo();
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit Jupiter is an optional dependency of the testkit: add {@code junit-jupiter} yourself.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.testkit.junit5;
