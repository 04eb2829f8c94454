package io.github.airbytekit.client.configapi;

import com.squareup.moshi.Json;
import io.github.airbytekit.client.configapi.model.LogEvent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The logs of one attempt, in whichever of the two shapes the server sent.
 *
 * <p>Older or "formatted" servers send {@code {"logLines": [...]}}; "structured" ones send
 * {@code {"events": [...], "version": "1"}}. The document declares this as a {@code oneOf}; this
 * hand-written class covers both, and {@link #isStructured()} tells which one arrived.
 *
 * <pre>{@code
 * AttemptLogs logs = attemptInfo.getLogs();
 * List<String> lines = logs.isStructured() ? null : logs.getLogLines();
 * }</pre>
 */
public final class AttemptLogs {
  @Json(name = "logLines")
  private @Nullable List<String> logLines;

  @Json(name = "events")
  private @Nullable List<LogEvent> events;

  @Json(name = "version")
  private @Nullable String version;

  /** Creates empty logs. */
  public AttemptLogs() {
  }

  /**
   * Plain log lines ({@code logLines}), present in the formatted shape.
   *
   * @return the lines, or null in the structured shape
   */
  public @Nullable List<String> getLogLines() {
    return logLines;
  }

  /**
   * Structured events ({@code events}), present in the structured shape.
   *
   * @return the events, or null in the formatted shape
   */
  public @Nullable List<LogEvent> getEvents() {
    return events;
  }

  /**
   * Version of the structured format ({@code version}).
   *
   * @return the version, or null
   */
  public @Nullable String getVersion() {
    return version;
  }

  /**
   * Whether the structured shape arrived.
   *
   * @return true when {@code events} is present
   */
  public boolean isStructured() {
    return events != null;
  }

  /**
   * Sets {@code logLines}.
   *
   * @param value lines, or null
   * @return this
   */
  public AttemptLogs logLines(@Nullable List<String> value) {
    this.logLines = value;
    return this;
  }

  /**
   * Sets {@code events}.
   *
   * @param value events, or null
   * @return this
   */
  public AttemptLogs events(@Nullable List<LogEvent> value) {
    this.events = value;
    return this;
  }

  /**
   * Sets {@code version}.
   *
   * @param value version, or null
   * @return this
   */
  public AttemptLogs version(@Nullable String value) {
    this.version = value;
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AttemptLogs)) {
      return false;
    }
    AttemptLogs that = (AttemptLogs) other;
    return Objects.equals(logLines, that.logLines)
        && Objects.equals(events, that.events)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(logLines, events, version);
  }

  @Override
  public String toString() {
    return isStructured()
        ? "AttemptLogs{events=" + events.size() + ", version=" + version + "}"
        : "AttemptLogs{logLines=" + (logLines == null ? 0 : logLines.size()) + "}";
  }
}
