/**
 * API listings: a committed, human-readable list of the public API of a module (every accessible type of its
 * exported packages, with their public and protected members and the nullness of every type in their
 * signatures), so that a change to the API is a visible change of a file, made on purpose.
 *
 * <pre>{@code
 * ApiListing listing = ApiListing.ofModule(Path.of("connections/target/classes"));
 * ApiListingCheck.assertUpToDate(listing, Path.of("connections/api/airbytekit-connections.api"));
 * }</pre>
 *
 * <p>Like Kotlin's binary-compatibility-validator, but read by reflection and written in Java's terms.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.spectools.api;
