/**
 * Airbyte connections for the JVM: run syncs, wait for them, read and write state and catalogs.
 *
 * <pre>{@code
 * try (CloudWorkspace workspace = CloudWorkspace.builder()
 *     .workspaceId("1f0b…")
 *     .clientCredentials("my-client-id", Secret.of(System.getenv("AIRBYTE_CLIENT_SECRET")))
 *     .build()) {
 *   SyncResult result = workspace.getConnection("9e3c…").runSync();
 *   System.out.println(result.status() + " " + result.recordsSynced() + " records");
 * }
 * }</pre>
 *
 * <p><b>Accessor names.</b> Immutable values ({@link io.github.airbytekit.connections.SyncOptions},
 * {@link io.github.airbytekit.connections.JobSnapshot}, {@link io.github.airbytekit.connections.PollPolicy}, …) use
 * {@code get*}/{@code is*} accessors, which Kotlin sees as properties ({@code snapshot.status}), and are made with
 * {@code X.builder()}, whose nested {@code X.Builder} accepts each setting once. Handles
 * ({@link io.github.airbytekit.connections.CloudWorkspace}, {@link io.github.airbytekit.connections.CloudConnection},
 * {@link io.github.airbytekit.connections.SyncResult}, …), open values
 * ({@link io.github.airbytekit.connections.JobStatus}, {@link io.github.airbytekit.connections.JobType},
 * {@link io.github.airbytekit.connections.ConnectionStatus}, all {@link io.github.airbytekit.domain.OpenValue}s) and
 * exceptions use bare names: {@code name()}, {@code jobId()}, {@code wireValue()}, {@code isKnown()},
 * {@code statusCode()}. A handle's accessor may do I/O (its Javadoc says when); a value's never does.
 *
 * <p><b>Errors.</b> Every failure is an unchecked {@link io.github.airbytekit.domain.AirbyteException}: an HTTP
 * error status is an {@link io.github.airbytekit.connections.AirbyteApiException} (or a subtype for the statuses
 * callers handle differently), no answer an {@link io.github.airbytekit.connections.AirbyteTransportException}, a
 * successful answer the operation cannot use an {@link io.github.airbytekit.connections.AirbyteResponseException}.
 */
@NullMarked
package io.github.airbytekit.connections;

import org.jspecify.annotations.NullMarked;
