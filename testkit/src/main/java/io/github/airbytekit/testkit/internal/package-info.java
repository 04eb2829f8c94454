/** Implementation of the fake server; not API, may change in any release. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.testkit.internal;
