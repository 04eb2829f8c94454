package io.github.airbytekit.benchmarks;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.StateConverter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** The benchmark documents, generated deterministically. */
final class Documents {
  private Documents() {}

  /** A Config API stream state of {@code streams} streams, each blob a cursor and 150 integers (~1 KB). */
  static byte[] configState(int streams) {
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder(streams * 1100);
    sb.append("{\"stateType\":\"stream\",\"connectionId\":\"0b5f6a8e-3c1d-4e7f-9a2b-1c3d5e7f9a0b\",\"streamState\":[");
    for (int i = 0; i < streams; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"streamDescriptor\":{\"name\":\"stream_").append(i).append("\",\"namespace\":\"public\"},")
          .append("\"streamState\":{\"cursor\":\"2024-06-01T00:00:00.000000Z\",\"lsn\":12345678901234567890123,")
          .append("\"ids\":[");
      for (int k = 0; k < 150; k++) {
        if (k > 0) {
          sb.append(',');
        }
        sb.append(r.nextInt(100_000));
      }
      sb.append("]}}");
    }
    sb.append("]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same state in protocol form (converted by the library, then checked to convert back). */
  static byte[] protocolState(byte[] config) {
    String json = AirbyteJson.stateMessages().write(
        StateConverter.toProtocol(AirbyteJson.connectionState().read(new String(config, StandardCharsets.UTF_8))));
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A Config API catalog of {@code streams} streams with 50-property JSON schemas. */
  static byte[] configCatalog(int streams) {
    StringBuilder sb = new StringBuilder(streams * 3000);
    sb.append("{\"streams\":[");
    for (int i = 0; i < streams; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"stream\":{\"name\":\"table_").append(i).append("\",\"namespace\":\"public\",\"jsonSchema\":")
          .append("{\"type\":\"object\",\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{");
      for (int p = 0; p < 50; p++) {
        if (p > 0) {
          sb.append(',');
        }
        sb.append("\"column_").append(p).append("\":");
        switch (p % 4) {
          case 0:
            sb.append("{\"type\":[\"null\",\"integer\"],\"maximum\":9223372036854775807}");
            break;
          case 1:
            sb.append("{\"type\":[\"null\",\"string\"],\"format\":\"date-time\",\"airbyte_type\":\"timestamp_with_timezone\"}");
            break;
          case 2:
            sb.append("{\"type\":[\"null\",\"number\"],\"multipleOf\":0.0001}");
            break;
          default:
            sb.append("{\"type\":[\"null\",\"string\"],\"maxLength\":255}");
        }
      }
      sb.append("}},\"supportedSyncModes\":[\"full_refresh\",\"incremental\"],\"sourceDefinedCursor\":false,")
          .append("\"defaultCursorField\":[\"column_1\"],\"sourceDefinedPrimaryKey\":[[\"column_0\"]],")
          .append("\"isResumable\":true},\"config\":{\"syncMode\":\"incremental\",\"cursorField\":[\"column_1\"],")
          .append("\"destinationSyncMode\":\"append_dedup\",\"primaryKey\":[[\"column_0\"]],\"aliasName\":\"table_")
          .append(i).append("\",\"selected\":").append(i % 3 != 0).append(",\"suggested\":true,")
          .append("\"fieldSelectionEnabled\":false,\"generationId\":3,\"minimumGenerationId\":0,\"syncId\":1234}}");
    }
    sb.append("]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A {@code web_backend/connections/get} body: a connection's settings around a catalog of {@code streams}. */
  static byte[] webBackendConnection(int streams) {
    String catalog = new String(configCatalog(streams), StandardCharsets.UTF_8);
    String json = "{\"connectionId\":\"0b5f6a8e-3c1d-4e7f-9a2b-1c3d5e7f9a0b\",\"name\":\"postgres → bigquery\","
        + "\"namespaceDefinition\":\"destination\",\"prefix\":\"\",\"sourceId\":\"1c3d5e7f-9a0b-4e7f-9a2b-0b5f6a8e3c1d\","
        + "\"destinationId\":\"2d4e6f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"syncCatalog\":" + catalog + ","
        + "\"scheduleType\":\"cron\",\"scheduleData\":{\"cron\":{\"cronExpression\":\"0 0 * * * ?\","
        + "\"cronTimeZone\":\"UTC\"}},\"status\":\"active\",\"operationIds\":[],\"source\":{\"sourceId\":"
        + "\"1c3d5e7f-9a0b-4e7f-9a2b-0b5f6a8e3c1d\",\"name\":\"postgres\",\"sourceName\":\"Postgres\","
        + "\"connectionConfiguration\":{\"host\":\"db\",\"port\":5432}},\"destination\":{\"destinationId\":"
        + "\"2d4e6f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"name\":\"bigquery\",\"destinationName\":\"BigQuery\","
        + "\"connectionConfiguration\":{\"dataset_id\":\"raw\"}},\"operations\":[],\"latestSyncJobCreatedAt\":"
        + "1767225600,\"latestSyncJobStatus\":\"succeeded\",\"isSyncing\":false,\"schemaChange\":\"no_change\","
        + "\"notifySchemaChanges\":true,\"nonBreakingChangesPreference\":\"ignore\",\"createdAt\":1735689600,"
        + "\"tags\":[]}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The same catalog in protocol form. */
  static byte[] protocolCatalog(byte[] config) {
    String json = AirbyteJson.configuredCatalog().write(
        CatalogConverter.toProtocol(AirbyteJson.syncCatalog().read(new String(config, StandardCharsets.UTF_8))));
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
