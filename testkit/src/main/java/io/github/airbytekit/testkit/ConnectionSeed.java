package io.github.airbytekit.testkit;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to seed for one connection; every property has a sensible default (an active, manual
 * connection with an empty catalog and no state).
 *
 * <pre>{@code
 * server.seed().connection(CONNECTION_ID, c -> c
 *     .name("orders to warehouse")
 *     .prefix("raw_")
 *     .cron("0 0 12 * * ?")
 *     .syncCatalog(catalog)
 *     .state(state)
 *     .jobScript(FakeJobStatus.QUEUED, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED));
 * }</pre>
 */
public final class ConnectionSeed {
  @Nullable String name;
  @Nullable String prefix;
  String status = "active";
  String scheduleType = "manual";
  @Nullable String cronExpression;
  @Nullable String basicTiming;
  @Nullable SyncCatalog syncCatalog;
  @Nullable ConnectionState state;
  List<FakeJobStatus> jobScript = List.of();
  @Nullable String sourceId;
  @Nullable String destinationId;
  String namespaceDefinition = "destination";
  @Nullable String namespaceFormat;
  String nonBreakingSchemaUpdatesBehavior = "ignore";

  ConnectionSeed() {}

  /**
   * Connection name; defaults to {@code "Connection <first 8 id characters>"}.
   *
   * @param name the name
   * @return this
   */
  public ConnectionSeed name(String name) {
    this.name = Objects.requireNonNull(name, "name == null");
    return this;
  }

  /**
   * Table name prefix.
   *
   * @param prefix the prefix
   * @return this
   */
  public ConnectionSeed prefix(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix == null");
    return this;
  }

  /**
   * Status wire value: {@code active} (default), {@code inactive}, {@code deprecated} or {@code locked}.
   *
   * @param status the status
   * @return this
   */
  public ConnectionSeed status(String status) {
    Objects.requireNonNull(status, "status == null");
    if (!List.of("active", "inactive", "deprecated", "locked").contains(status)) {
      throw new IllegalArgumentException(
          "status must be one of active, inactive, deprecated, locked: " + status);
    }
    this.status = status;
    return this;
  }

  /**
   * Manual schedule (the default).
   *
   * @return this
   */
  public ConnectionSeed manual() {
    this.scheduleType = "manual";
    this.cronExpression = null;
    this.basicTiming = null;
    return this;
  }

  /**
   * Quartz cron schedule, validated as Airbyte does (at most hourly unless the server allows
   * sub-hourly schedules); an invalid one fails the seeding with {@link IllegalArgumentException}.
   *
   * @param quartzExpression a Quartz cron expression
   * @return this
   */
  public ConnectionSeed cron(String quartzExpression) {
    this.scheduleType = "cron";
    this.cronExpression = Objects.requireNonNull(quartzExpression, "quartzExpression == null");
    this.basicTiming = null;
    return this;
  }

  /**
   * Basic (interval) schedule as the server reports it, e.g. {@code "Every 24 hours"}.
   *
   * @param timing the interval text
   * @return this
   */
  public ConnectionSeed basic(String timing) {
    this.scheduleType = "basic";
    this.basicTiming = Objects.requireNonNull(timing, "timing == null");
    this.cronExpression = null;
    return this;
  }

  /**
   * The Config API sync catalog; an empty catalog by default.
   *
   * @param catalog the catalog
   * @return this
   */
  public ConnectionSeed syncCatalog(SyncCatalog catalog) {
    this.syncCatalog = Objects.requireNonNull(catalog, "catalog == null");
    return this;
  }

  /**
   * The saved state, returned verbatim by {@code state/get}; none ({@code not_set}) by default.
   * Its {@code connectionId} must be this connection's id.
   *
   * @param state the state
   * @return this
   */
  public ConnectionSeed state(ConnectionState state) {
    this.state = Objects.requireNonNull(state, "state == null");
    return this;
  }

  /**
   * Statuses new jobs go through, one per poll (see {@link FakeJobs#script}).
   *
   * @param statuses the statuses, in order
   * @return this
   */
  public ConnectionSeed jobScript(FakeJobStatus... statuses) {
    this.jobScript = List.copyOf(Arrays.asList(statuses));
    return this;
  }

  /**
   * Source id; defaults to the source seeded last in the chain (or a generated one).
   *
   * @param sourceId the source's id
   * @return this
   */
  public ConnectionSeed source(String sourceId) {
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId == null");
    return this;
  }

  /**
   * Destination id; defaults to the destination seeded last in the chain (or a generated one).
   *
   * @param destinationId the destination's id
   * @return this
   */
  public ConnectionSeed destination(String destinationId) {
    this.destinationId = Objects.requireNonNull(destinationId, "destinationId == null");
    return this;
  }

  /**
   * Namespace definition wire value: {@code source}, {@code destination} (default) or {@code custom_format}.
   *
   * @param definition the namespace definition wire value
   * @return this
   */
  public ConnectionSeed namespaceDefinition(String definition) {
    Objects.requireNonNull(definition, "definition == null");
    if (!List.of("source", "destination", "custom_format").contains(definition)) {
      throw new IllegalArgumentException(
          "namespaceDefinition must be one of source, destination, custom_format: " + definition);
    }
    this.namespaceDefinition = definition;
    return this;
  }

  /**
   * Namespace template used with {@code custom_format}.
   *
   * @param format the namespace format
   * @return this
   */
  public ConnectionSeed namespaceFormat(String format) {
    this.namespaceFormat = Objects.requireNonNull(format, "format == null");
    return this;
  }
}
