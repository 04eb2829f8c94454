package io.github.airbytekit.spectools.api.sample;

/** Not API: package-private. */
final class Hidden {}
