/**
 * JMH benchmarks of the domain conversions and of HTTP bodies read into domain values, each against a bare
 * verbatim Moshi copy of the same bytes; {@code AsyncWaitCheck}, a main, counts the threads and per-poll latency of
 * 1,000 concurrent asynchronous sync waits on the testkit.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.benchmarks;
