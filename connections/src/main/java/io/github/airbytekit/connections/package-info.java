/**
 * Airbyte connections for the JVM: run syncs, wait for them, read and write state and catalogs.
 *
 * <pre>{@code
 * CloudWorkspace workspace = CloudWorkspace.builder()
 *     .workspaceId("1f0b…")
 *     .clientCredentials("my-client-id", Secret.of(System.getenv("AIRBYTE_CLIENT_SECRET")))
 *     .build();
 * SyncResult result = workspace.getConnection("9e3c…").runSync();
 * System.out.println(result.status() + " " + result.recordsSynced() + " records");
 * }</pre>
 *
 * <p>Every failure is an unchecked {@link io.github.airbytekit.domain.AirbyteException}.
 */
@NullMarked
package io.github.airbytekit.connections;

import org.jspecify.annotations.NullMarked;
