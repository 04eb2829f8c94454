/**
 * The fake's own HTTP/1.1 server on JDK sockets: no HTTP library of its own, so it runs with whichever OkHttp
 * (4.12 or 5.x) the consumer's class path has. Not API.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.testkit.internal.transport;
