package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.client.publicapi.model.StreamConfigurations;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.FakeJobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Mutable rows of the in-memory store. Every field is read and written only while holding the
 * {@link FakeStore} lock, so they need no synchronisation of their own.
 */
public final class Records {
  private Records() {}

  /** A workspace. */
  public static final class Workspace {
    public final String id;
    public String name;
    public String dataResidency = "auto";

    public Workspace(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** A source or destination; they share every property the fake serves. */
  public static final class Actor {
    public final String id;
    public final String workspaceId;
    public String name;
    public String type;
    public String definitionId;
    public RawJson configuration;
    public Instant createdAt;
    public boolean deleted;
    /** The catalog a discovery of this source answers, when seeded (sources only). */
    public @Nullable SyncCatalog discoveredCatalog;

    public Actor(
        String id,
        String workspaceId,
        String name,
        String type,
        String definitionId,
        RawJson configuration,
        Instant createdAt) {
      this.id = id;
      this.workspaceId = workspaceId;
      this.name = name;
      this.type = type;
      this.definitionId = definitionId;
      this.configuration = configuration;
      this.createdAt = createdAt;
    }
  }

  /** A connection with its catalog, state and job script. */
  public static final class Connection {
    public final String id;
    public final String workspaceId;
    public String sourceId;
    public String destinationId;
    public String name;
    public String status = "active";
    public String scheduleType = "manual";
    public @Nullable String cronExpression;
    public @Nullable String basicTiming;
    public @Nullable String prefix;
    public String namespaceDefinition = "destination";
    public @Nullable String namespaceFormat;
    public String nonBreakingSchemaUpdatesBehavior = "ignore";
    public SyncCatalog syncCatalog;
    public @Nullable ConnectionState state;
    public List<FakeJobStatus> jobScript = List.of();
    /** Whether jobs/get renders this connection's attempt logs as structured events; null: the server's default. */
    public @Nullable Boolean structuredLogs;
    public Instant createdAt;
    /**
     * The public API stream configurations as the client last sent them, by the catalog stream each selected: the
     * properties the fake does not interpret come back from here, byte for byte.
     */
    public Map<StreamId, StreamConfiguration> streamConfigurations = Map.of();
    /** The public {@code configurations} derived from {@link #syncCatalog}, cached per catalog and sent settings. */
    public @Nullable SyncCatalog configurationsOf;
    public @Nullable Map<StreamId, StreamConfiguration> configurationsFrom;
    public @Nullable StreamConfigurations configurations;

    public Connection(
        String id,
        String workspaceId,
        String sourceId,
        String destinationId,
        String name,
        SyncCatalog syncCatalog,
        Instant createdAt) {
      this.id = id;
      this.workspaceId = workspaceId;
      this.sourceId = sourceId;
      this.destinationId = destinationId;
      this.name = name;
      this.syncCatalog = syncCatalog;
      this.createdAt = createdAt;
    }

    public boolean deleted() {
      return "deprecated".equals(status);
    }
  }

  /** One attempt log entry; rendered as a log line or as a structured event. */
  public static final class LogEntry {
    public final Instant at;
    /** Wire value of LogSource: platform, source, destination. */
    public final String source;
    /** Wire value of LogLevel: info, error, ... */
    public final String level;
    public final String message;

    public LogEntry(Instant at, String source, String level, String message) {
      this.at = at;
      this.source = source;
      this.level = level;
      this.message = message;
    }

    /** The formatted line, e.g. {@code 2026-11-25T22:10:10Z source > Reading records}. */
    public String line() {
      return at + " " + source + " > " + message;
    }
  }

  /** One attempt of a job. */
  public static final class Attempt {
    public final int number;
    public String status = "running";
    public final Instant createdAt;
    public Instant updatedAt;
    public @Nullable Instant endedAt;
    public long bytesSynced;
    public long recordsSynced;
    public @Nullable String failureReason;
    /** The stream the failure is about, or null. */
    public @Nullable StreamId failedStream;
    /** The failure's origin and type wire values. */
    public String failureOrigin = "source";
    public String failureType = "system_error";
    /** The streams the attempt reports stats for, once it ended; the counters are split among them. */
    public List<StreamId> streams = List.of();
    public final List<LogEntry> log = new ArrayList<>();

    public Attempt(int number, Instant createdAt) {
      this.number = number;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  /** A job and its attempts. */
  public static final class Job {
    public final long id;
    public final String connectionId;
    public final String jobType;
    public FakeJobStatus status = FakeJobStatus.PENDING;
    public final Instant createdAt;
    public Instant updatedAt;
    public @Nullable Long bytesSynced;
    public @Nullable Long rowsSynced;
    public @Nullable String failureReason;
    public final List<FakeJobStatus> script;
    public int step = -1;
    public final List<Attempt> attempts = new ArrayList<>();
    /** The streams a reset, clear or refresh acts on; empty for the whole connection. */
    public List<StreamId> streams = List.of();
    /** Whether the job clears the state of {@link #streams} when it succeeds (jobs started through the API). */
    public boolean clearsStateOnSuccess;
    /** The streams the job moves: {@link #streams}, or the connection's selected streams (set on each change). */
    public List<StreamId> reportedStreams = List.of();
    /** The stream the next failure is about, or null. */
    public @Nullable StreamId failingStream;

    public Job(
        long id, String connectionId, String jobType, List<FakeJobStatus> script, Instant createdAt) {
      this.id = id;
      this.connectionId = connectionId;
      this.jobType = jobType;
      this.script = List.copyOf(script);
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }

    public @Nullable Attempt lastAttempt() {
      return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }
  }
}
