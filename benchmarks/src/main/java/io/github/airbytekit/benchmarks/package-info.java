/**
 * JMH benchmarks of the domain conversions and of HTTP bodies read into domain values, each against a bare
 * verbatim Moshi copy of the same bytes.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.benchmarks;
