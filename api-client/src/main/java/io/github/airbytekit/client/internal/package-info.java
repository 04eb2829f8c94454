/** Implementation details of the client wiring; not API, may change without notice. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.internal;
