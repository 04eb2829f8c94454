/** Entry points that must be public for the build but are not part of the tool's API. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.spectools.internal;
