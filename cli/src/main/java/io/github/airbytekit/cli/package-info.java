/**
 * The {@code airbytekit} command line: connection, sync, state and catalog operations over the
 * airbytekit library, a standalone fake Airbyte, and a one-command tour of the library.
 *
 * <p>Run it with {@code bin/airbytekit demo}, or {@code java -jar cli/target/airbytekit.jar --help}.
 * The only public type is {@link io.github.airbytekit.cli.AirbytekitCli}; everything else is
 * package-private and may change.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.cli;
