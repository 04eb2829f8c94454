package io.github.airbytekit.testkit.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link io.github.airbytekit.testkit.FakeAirbyteServer} (one per
 * class, reset before each test) that test methods, constructors and lifecycle methods receive as
 * a parameter. Same as {@code @ExtendWith(FakeAirbyteServerExtension.class)}.
 *
 * <pre>{@code
 * @FakeAirbyteTest
 * class SyncTest {
 *   @Test
 *   void startsASync(FakeAirbyteServer airbyte) {
 *     airbyte.seedDemo();
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeAirbyteServerExtension.class)
public @interface FakeAirbyteTest {}
