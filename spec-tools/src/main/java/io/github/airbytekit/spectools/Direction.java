package io.github.airbytekit.spectools;

/** Which way a value travels: it decides whether a narrowing or a widening upstream is breaking. */
enum Direction {
  /** We send it (parameters, request bodies): upstream narrowing what it accepts breaks us. */
  REQUEST,
  /** We receive it (responses): upstream widening what it may send breaks us. */
  RESPONSE
}
