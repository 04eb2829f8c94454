/**
 * Run, watch and manage Airbyte connections: {@link io.github.airbytekit.connections.CloudWorkspace},
 * {@link io.github.airbytekit.connections.CloudConnection}, {@link io.github.airbytekit.connections.SyncResult}.
 * Only the API package is exported; the HTTP plumbing, the gateway and the generated client stay inside (the
 * internal package is exported to the cli alone, for the one masker of secrets, {@code Redaction}).
 */
// Most libraries used here are automatic modules (a manifest name, no descriptor).
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"}) // cli is named later in the reactor
module io.github.airbytekit.connections {
  requires transitive io.github.airbytekit.domain;
  // CloudWorkspace.Builder#okHttpClient takes the caller's client.
  requires transitive okhttp3;
  requires io.github.airbytekit.client;
  requires retrofit2;
  requires com.squareup.moshi;
  requires okio;
  requires com.cronutils;
  // The Airbyte version profiles are resources of the automatic module io.github.airbytekit.openapi, read through
  // the class loader: no `requires` (a reactor build before `package` has no jar manifest to name that module by),
  // and resolving any automatic module (retrofit2, moshi) resolves every automatic module of the module path.
  requires org.slf4j;
  requires static transitive org.jspecify;
  // Class-retention annotations of the value types: nothing reads them after compilation.
  requires static org.immutables.value.annotations;

  exports io.github.airbytekit.connections;
  // One masker of secrets for the library and the CLI's output.
  exports io.github.airbytekit.connections.internal to
      io.github.airbytekit.cli;
}
