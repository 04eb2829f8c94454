/** Models generated from {@code src/test/openapi/required-test.yaml} with the production templates. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.testmodel;
