/** Types whose listing ApiListingTest knows. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.spectools.api.sample;
