/** Hand-written companions of the generated Config API models (the two log shapes). */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.configapi;
