/**
 * Lossless Airbyte state and catalog values, their conversions and JSON codecs.
 *
 * <p>{@code io.github.airbytekit.domain.internal} is exported only to the airbytekit modules that use it: the
 * api-client (the fast reader for HTTP bodies) and connections (the one Immutables house style,
 * {@code @AirbyteStyle}).
 */
@SuppressWarnings({"module", "requires-transitive-automatic"}) // named later in the reactor; Moshi and Okio are automatic
module io.github.airbytekit.domain {
  requires transitive com.squareup.moshi;
  requires transitive okio;
  // Okio is written in Kotlin and, as an automatic module, cannot say that it needs the Kotlin runtime.
  requires kotlin.stdlib;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.airbytekit.domain;
  exports io.github.airbytekit.domain.internal to
      io.github.airbytekit.client,
      io.github.airbytekit.connections;
}
