package io.github.airbytekit.client;

/**
 * Implemented by every generated enum: a closed set of known wire values plus an {@code UNKNOWN}
 * constant for values the server adds later.
 *
 * <pre>{@code
 * JobStatusEnum status = job.getStatus();      // UNKNOWN for e.g. "paused"
 * String exact = job.getStatusRaw();           // "paused"
 * }</pre>
 *
 * <p>Generated models store enum properties as their raw wire string, so an {@code UNKNOWN} read
 * from a model never loses the text: use the model's {@code get...Raw()} getter to see it.
 */
public interface OpenEnum {

  /**
   * The string used on the wire.
   *
   * @return the wire value
   * @throws IllegalStateException for the {@code UNKNOWN} constant, which has no wire value
   */
  String wireValue();

  /**
   * Whether this is the {@code UNKNOWN} fallback constant.
   *
   * @return true for {@code UNKNOWN}
   */
  boolean isUnknown();
}
