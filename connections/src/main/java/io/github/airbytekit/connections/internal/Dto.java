package io.github.airbytekit.connections.internal;

import io.github.airbytekit.domain.RawJson;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This module's own view of the few Airbyte responses it reads, mapped from the generated api-client models
 * by {@link PublicApi} and {@link ConfigApi} so that nothing generated travels further. Per-stream
 * configurations are kept as {@link RawJson} (the generated model's JSON) so a PATCH can send them back with
 * every setting the API defines.
 */
@SuppressWarnings("NullAway.Init")
public final class Dto {
  private Dto() {}

  /** Public API {@code ConnectionResponse}. */
  public static final class Connection {
    public String connectionId;
    public @Nullable String name;
    public @Nullable String sourceId;
    public @Nullable String destinationId;
    public @Nullable String workspaceId;
    public @Nullable String status;
    public @Nullable String prefix;
    public @Nullable Configurations configurations;
    public @Nullable Schedule schedule;
  }

  /** Public API {@code StreamConfigurations}. */
  public static final class Configurations {
    public @Nullable List<RawJson> streams;
  }

  /** The two identifying fields of a public API {@code StreamConfiguration}. */
  public static final class StreamName {
    public @Nullable String name;
    public @Nullable String namespace;
  }

  /** Public API {@code ConnectionScheduleResponse}. */
  public static final class Schedule {
    public @Nullable String scheduleType;
    public @Nullable String cronExpression;
    public @Nullable String basicTiming;
  }

  /** Public API {@code ConnectionsResponse}. */
  public static final class ConnectionsPage {
    public @Nullable String next;
    public @Nullable List<Connection> data;
  }

  /** Public API {@code JobResponse}. */
  public static final class Job {
    public long jobId;
    public @Nullable String status;
    public @Nullable String jobType;
    public @Nullable String startTime;
    public @Nullable String connectionId;
    public @Nullable String lastUpdatedAt;
    public @Nullable String duration;
    public @Nullable Long bytesSynced;
    public @Nullable Long rowsSynced;
  }

  /** Public API {@code JobsResponse}. */
  public static final class JobsPage {
    public @Nullable String next;
    public @Nullable List<Job> data;
  }

  /** Public API {@code SourceResponse} / {@code DestinationResponse} (configuration ignored). */
  public static final class Connector {
    public @Nullable String sourceId;
    public @Nullable String destinationId;
    public @Nullable String name;
    public @Nullable String sourceType;
    public @Nullable String destinationType;
    public @Nullable String definitionId;
    public @Nullable String workspaceId;
  }

  /** Config API {@code JobInfoRead}. */
  public static final class JobInfo {
    public @Nullable ConfigJob job;
    public @Nullable List<AttemptInfo> attempts;
  }

  /** Config API {@code JobRead} (the fields used). */
  public static final class ConfigJob {
    public long id;
    public @Nullable String configId;
    public @Nullable String status;
    public @Nullable Long createdAt;
    public @Nullable Long startedAt;
  }

  /** Config API {@code AttemptInfoRead}. */
  public static final class AttemptInfo {
    public @Nullable Attempt attempt;
    public @Nullable Logs logs;
  }

  /** Config API {@code AttemptRead} (the fields used). */
  public static final class Attempt {
    public long id;
    public @Nullable String status;
    public @Nullable Long createdAt;
    public @Nullable Long endedAt;
    public @Nullable Long bytesSynced;
    public @Nullable Long recordsSynced;
  }

  /** Config API attempt logs: either {@code LogEvents} or {@code LogRead}. */
  public static final class Logs {
    public @Nullable List<LogEvent> events;
    public @Nullable List<String> logLines;
  }

  /** Config API {@code LogEvent} (the fields used). */
  public static final class LogEvent {
    public @Nullable Long timestamp;
    public @Nullable String level;
    public @Nullable String message;
  }
}
