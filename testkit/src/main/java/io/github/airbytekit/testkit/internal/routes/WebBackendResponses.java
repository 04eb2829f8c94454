package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.ActorDefinitionVersionRead;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleData;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleDataBasicSchedule;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleDataCron;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleType;
import io.github.airbytekit.client.configapi.model.ConnectionStatus;
import io.github.airbytekit.client.configapi.model.DestinationRead;
import io.github.airbytekit.client.configapi.model.JobStatus;
import io.github.airbytekit.client.configapi.model.NamespaceDefinitionType;
import io.github.airbytekit.client.configapi.model.NonBreakingChangesPreference;
import io.github.airbytekit.client.configapi.model.ScheduleTimeUnit;
import io.github.airbytekit.client.configapi.model.SchemaChange;
import io.github.airbytekit.client.configapi.model.SourceRead;
import io.github.airbytekit.client.configapi.model.SupportState;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A stored connection as the Config API's {@code WebBackendConnectionRead}, in the Config API's spellings. */
final class WebBackendResponses {
  private static final Pattern BASIC_TIMING = Pattern.compile("(?i)every\\s+(\\d+)\\s+(\\w+?)s?");
  private static final List<String> TIME_UNITS = List.of("minutes", "hours", "days", "weeks", "months");

  private WebBackendResponses() {}

  static WebBackendConnectionRead render(Connection connection, FakeStore store) {
    Job latestSync = null;
    for (Job job : store.jobsOf(connection.id)) {
      if (job.jobType.equals("sync")) {
        latestSync = job;
      }
    }
    Job open = store.openJob(connection.id);
    WebBackendConnectionRead read =
        new WebBackendConnectionRead()
            .connectionId(UUID.fromString(connection.id))
            .name(connection.name)
            .namespaceDefinition(NamespaceDefinitionType.of(
                connection.namespaceDefinition.equals("custom_format") ? "customformat" : connection.namespaceDefinition))
            .sourceId(UUID.fromString(connection.sourceId))
            .destinationId(UUID.fromString(connection.destinationId))
            .syncCatalog(connection.syncCatalog)
            .scheduleType(ConnectionScheduleType.of(connection.scheduleType))
            .status(ConnectionStatus.of(connection.status))
            .isSyncing(open != null && (open.status == FakeJobStatus.RUNNING || open.status == FakeJobStatus.INCOMPLETE))
            .schemaChange(SchemaChange.of("no_change"))
            .notifySchemaChanges(false)
            .notifySchemaChangesByEmail(false)
            .nonBreakingChangesPreference(NonBreakingChangesPreference.of(
                connection.nonBreakingSchemaUpdatesBehavior.equals("disable_connection")
                    ? "disable"
                    : connection.nonBreakingSchemaUpdatesBehavior))
            .createdAt(connection.createdAt.getEpochSecond())
            .tags(List.of())
            .onDemandEnabled(false);
    if (connection.namespaceFormat != null) {
      read.namespaceFormat(connection.namespaceFormat);
    }
    if (connection.prefix != null) {
      read.prefix(connection.prefix);
    }
    ConnectionScheduleData scheduleData = scheduleData(connection);
    if (scheduleData != null) {
      read.scheduleData(scheduleData);
    }
    if (latestSync != null) {
      read.latestSyncJobCreatedAt(latestSync.createdAt.getEpochSecond());
      read.latestSyncJobStatus(JobStatus.of(latestSync.status.wireValue()));
    }
    Actor source = store.sources.get(connection.sourceId);
    if (source != null) {
      read.source(source(source));
      read.sourceActorDefinitionVersion(definitionVersion("airbyte/source-" + source.type));
    }
    Actor destination = store.destinations.get(connection.destinationId);
    if (destination != null) {
      read.destination(destination(destination));
      read.destinationActorDefinitionVersion(definitionVersion("airbyte/destination-" + destination.type));
    }
    return read;
  }

  private static @Nullable ConnectionScheduleData scheduleData(Connection connection) {
    if (connection.cronExpression != null) {
      return new ConnectionScheduleData()
          .cron(new ConnectionScheduleDataCron().cronExpression(connection.cronExpression).cronTimeZone("UTC"));
    }
    Matcher matcher = connection.basicTiming == null ? null : BASIC_TIMING.matcher(connection.basicTiming.trim());
    if (matcher == null || !matcher.matches()) {
      return null;
    }
    String unit = matcher.group(2).toLowerCase(Locale.ROOT) + "s";
    if (!TIME_UNITS.contains(unit)) {
      return null;
    }
    return new ConnectionScheduleData()
        .basicSchedule(new ConnectionScheduleDataBasicSchedule()
            .units(Long.parseLong(matcher.group(1)))
            .timeUnit(ScheduleTimeUnit.of(unit)));
  }

  private static SourceRead source(Actor source) {
    return new SourceRead()
        .sourceDefinitionId(UUID.fromString(source.definitionId))
        .sourceId(UUID.fromString(source.id))
        .workspaceId(UUID.fromString(source.workspaceId))
        .connectionConfiguration(SecretMask.mask(source.configuration))
        .name(source.name)
        .sourceName(displayName(source.type))
        .createdAt(source.createdAt.getEpochSecond());
  }

  private static DestinationRead destination(Actor destination) {
    return new DestinationRead()
        .destinationDefinitionId(UUID.fromString(destination.definitionId))
        .destinationId(UUID.fromString(destination.id))
        .workspaceId(UUID.fromString(destination.workspaceId))
        .connectionConfiguration(SecretMask.mask(destination.configuration))
        .name(destination.name)
        .destinationName(displayName(destination.type))
        .createdAt(destination.createdAt.getEpochSecond());
  }

  private static ActorDefinitionVersionRead definitionVersion(String repository) {
    return new ActorDefinitionVersionRead()
        .dockerRepository(repository)
        .dockerImageTag("1.0.0")
        .supportsRefreshes(true)
        .supportState(SupportState.of("supported"))
        .isVersionOverrideApplied(false)
        .supportsFileTransfer(false)
        .supportsDataActivation(false);
  }

  private static String displayName(String type) {
    StringBuilder name = new StringBuilder();
    for (String part : type.split("-")) {
      if (!part.isEmpty()) {
        name.append(name.length() > 0 ? " " : "").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
