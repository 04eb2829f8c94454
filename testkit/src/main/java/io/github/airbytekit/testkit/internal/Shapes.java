package io.github.airbytekit.testkit.internal;

import static io.github.airbytekit.testkit.internal.BodyShape.arrayOf;
import static io.github.airbytekit.testkit.internal.BodyShape.object;
import static io.github.airbytekit.testkit.internal.BodyShape.openObject;

/**
 * The request bodies the fake accepts, as described by airbytekit's openapi/ documents. Stored data (stream
 * configurations, catalog entries) has open shapes: the fake keeps what it does not know there.
 */
public final class Shapes {
  private Shapes() {}

  // ---- public API ----
  public static final BodyShape ACCESS_TOKEN_REQUEST =
      object("client_id", "client_secret", "grant_type");

  static final BodyShape SELECTED_FIELD = openObject("fieldPath");
  static final BodyShape MAPPER = openObject("id", "type", "mapperConfiguration");
  static final BodyShape TAG = object("tagId", "workspaceId", "name", "color");
  static final BodyShape STREAM_CONFIGURATION =
      openObject(
          "name",
          "namespace",
          "syncMode",
          "cursorField",
          "primaryKey",
          "includeFiles",
          "destinationObjectName",
          "selectedFields",
          arrayOf(SELECTED_FIELD),
          "mappers",
          arrayOf(MAPPER));
  static final BodyShape STREAM_CONFIGURATIONS = object("streams", arrayOf(STREAM_CONFIGURATION));
  static final BodyShape PUBLIC_SCHEDULE = object("scheduleType", "cronExpression");

  /** Everything a connection PATCH may change; a create takes the same plus its two ends. */
  private static final Object[] CONNECTION_SETTINGS = {
    "name",
    "configurations",
    STREAM_CONFIGURATIONS,
    "schedule",
    PUBLIC_SCHEDULE,
    "dataResidency",
    "namespaceDefinition",
    "namespaceFormat",
    "prefix",
    "nonBreakingSchemaUpdatesBehavior",
    "status",
    "tags",
    arrayOf(TAG)
  };

  public static final BodyShape CONNECTION_PATCH = object(CONNECTION_SETTINGS);

  public static final BodyShape CONNECTION_CREATE =
      object(with(CONNECTION_SETTINGS, "sourceId", "destinationId"));

  public static final BodyShape JOB_CREATE = object("connectionId", "jobType");

  // ---- Config API ----
  public static final BodyShape CONNECTION_ID_REQUEST = object("connectionId");
  public static final BodyShape JOB_ID_REQUEST = object("id");
  static final BodyShape CONNECTION_STREAM = object("streamName", "streamNamespace");
  public static final BodyShape CONNECTION_STREAM_REQUEST =
      object("connectionId", "streams", arrayOf(CONNECTION_STREAM));
  public static final BodyShape CONNECTION_STREAM_REFRESH_REQUEST =
      object("connectionId", "refreshMode", "streams", arrayOf(CONNECTION_STREAM));
  public static final BodyShape WEB_BACKEND_CONNECTION_REQUEST =
      object("withRefreshedCatalog", "connectionId");

  static final BodyShape STREAM_DESCRIPTOR = object("name", "namespace");
  static final BodyShape STREAM_STATE = object("streamDescriptor", STREAM_DESCRIPTOR, "streamState");
  static final BodyShape GLOBAL_STATE = object("shared_state", "streamStates", arrayOf(STREAM_STATE));
  public static final BodyShape CONNECTION_STATE =
      object(
          "stateType",
          "connectionId",
          "state",
          "streamState",
          arrayOf(STREAM_STATE),
          "globalState",
          GLOBAL_STATE);
  public static final BodyShape STATE_CREATE_OR_UPDATE =
      object("connectionId", "connectionState", CONNECTION_STATE);

  static final BodyShape AIRBYTE_STREAM =
      openObject(
          "name",
          "jsonSchema",
          "supportedSyncModes",
          "sourceDefinedCursor",
          "defaultCursorField",
          "sourceDefinedPrimaryKey",
          "namespace",
          "isResumable",
          "isFileBased");
  static final BodyShape STREAM_CONFIG =
      openObject(
          "syncMode",
          "cursorField",
          "destinationSyncMode",
          "namespace",
          "primaryKey",
          "aliasName",
          "selected",
          "suggested",
          "destinationObjectName",
          "includeFiles",
          "fieldSelectionEnabled",
          "selectedFields",
          arrayOf(SELECTED_FIELD),
          "hashedFields",
          arrayOf(SELECTED_FIELD),
          "mappers",
          arrayOf(MAPPER),
          "minimumGenerationId",
          "generationId",
          "syncId");
  public static final BodyShape SYNC_CATALOG =
      openObject("streams", arrayOf(openObject("stream", AIRBYTE_STREAM, "config", STREAM_CONFIG)));

  static final BodyShape RESOURCE_REQUIREMENTS =
      object(
          "cpu_request",
          "cpu_limit",
          "memory_request",
          "memory_limit",
          "ephemeral_storage_request",
          "ephemeral_storage_limit");
  static final BodyShape SCHEDULE_DATA =
      object(
          "basicSchedule",
          object("timeUnit", "units"),
          "cron",
          object("cronExpression", "cronTimeZone"));
  static final BodyShape OPERATION =
      object(
          "operationId",
          "workspaceId",
          "name",
          "operatorConfiguration",
          object(
              "operatorType",
              "webhook",
              object("webhookConfigId", "webhookType", "dbtCloud", object("accountId", "jobId"), "executionUrl", "executionBody")));

  // ---- public API sources and destinations (they share the Config API's resource requirements) ----
  static final BodyShape SCOPED_RESOURCE_REQUIREMENTS = object(
      "default", RESOURCE_REQUIREMENTS,
      "jobSpecific", arrayOf(object("jobType", "resourceRequirements", RESOURCE_REQUIREMENTS)));
  public static final BodyShape SOURCE_CREATE = object(
      "name", "definitionId", "workspaceId", "configuration", "secretId", "resourceAllocation",
      SCOPED_RESOURCE_REQUIREMENTS);
  public static final BodyShape SOURCE_PATCH = object(
      "name", "workspaceId", "configuration", "secretId", "resourceAllocation", SCOPED_RESOURCE_REQUIREMENTS);
  public static final BodyShape DESTINATION_CREATE = object(
      "name", "definitionId", "workspaceId", "configuration", "resourceAllocation", SCOPED_RESOURCE_REQUIREMENTS);
  public static final BodyShape DESTINATION_PATCH = object(
      "name", "configuration", "resourceAllocation", SCOPED_RESOURCE_REQUIREMENTS);

  public static final BodyShape WEB_BACKEND_CONNECTION_UPDATE =
      object(
          "name",
          "connectionId",
          "namespaceDefinition",
          "namespaceFormat",
          "prefix",
          "syncCatalog",
          SYNC_CATALOG,
          "schedule",
          object("units", "timeUnit"),
          "scheduleType",
          "scheduleData",
          SCHEDULE_DATA,
          "status",
          "resourceRequirements",
          RESOURCE_REQUIREMENTS,
          "skipReset",
          "operations",
          arrayOf(OPERATION),
          "sourceCatalogId",
          "destinationCatalogId",
          "dataplaneGroupId",
          "notifySchemaChanges",
          "notifySchemaChangesByEmail",
          "nonBreakingChangesPreference",
          "backfillPreference",
          "tags",
          arrayOf(TAG),
          "onDemandEnabled");

  private static Object[] with(Object[] spec, Object... more) {
    Object[] all = java.util.Arrays.copyOf(spec, spec.length + more.length);
    System.arraycopy(more, 0, all, spec.length, more.length);
    return all;
  }
}
