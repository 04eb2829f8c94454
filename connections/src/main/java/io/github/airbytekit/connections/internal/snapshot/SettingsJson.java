package io.github.airbytekit.connections.internal.snapshot;

import com.squareup.moshi.JsonAdapter;
import io.github.airbytekit.client.ApiMoshi;
import io.github.airbytekit.client.configapi.model.ConnectionScheduleData;
import io.github.airbytekit.client.configapi.model.DestinationRead;
import io.github.airbytekit.client.configapi.model.SourceRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.connections.internal.Answer;
import io.github.airbytekit.domain.OpenValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A connection's settings from its {@code web_backend/connections/get} answer: name, status, schedule, prefix,
 * namespace settings, and the names and definition ids of its source and destination. Connector configurations
 * (which hold secrets) are never copied.
 */
final class SettingsJson {
  private static final JsonAdapter<Object> WRITER = ApiMoshi.moshi().adapter(Object.class).indent("  ");
  private static final JsonAdapter<ConnectionScheduleData> SCHEDULE =
      ApiMoshi.moshi().adapter(ConnectionScheduleData.class);

  private SettingsJson() {}

  static String of(WebBackendConnectionRead read, Answer answer) {
    Map<String, Object> settings = new LinkedHashMap<>();
    put(settings, "connectionId", text(answer.optional(read::getConnectionId)));
    put(settings, "name", answer.optional(read::getName));
    put(settings, "status", OpenValue.wireValueOf(answer.optional(read::getStatus)));
    put(settings, "scheduleType", OpenValue.wireValueOf(read.getScheduleType()));
    ConnectionScheduleData schedule = read.getScheduleData();
    put(settings, "scheduleData", schedule == null ? null : SCHEDULE.toJsonValue(schedule));
    put(settings, "prefix", read.getPrefix());
    put(settings, "namespaceDefinition", OpenValue.wireValueOf(read.getNamespaceDefinition()));
    put(settings, "namespaceFormat", read.getNamespaceFormat());
    put(settings, "nonBreakingChangesPreference",
        OpenValue.wireValueOf(answer.optional(read::getNonBreakingChangesPreference)));
    SourceRead source = answer.optional(read::getSource);
    if (source != null) {
      settings.put("source", end("source", text(answer.optional(source::getSourceId)),
          answer.optional(source::getName), text(answer.optional(source::getSourceDefinitionId)),
          answer.optional(source::getSourceName)));
    }
    DestinationRead destination = answer.optional(read::getDestination);
    if (destination != null) {
      settings.put("destination", end("destination", text(answer.optional(destination::getDestinationId)),
          answer.optional(destination::getName), text(answer.optional(destination::getDestinationDefinitionId)),
          answer.optional(destination::getDestinationName)));
    }
    return WRITER.toJson(settings) + "\n";
  }

  /** A source or destination: {@code <kind>Id}, {@code name}, {@code <kind>DefinitionId}, {@code <kind>Name}. */
  private static Map<String, Object> end(String kind, @Nullable String id, @Nullable String name,
      @Nullable String definitionId, @Nullable String connectorName) {
    Map<String, Object> end = new LinkedHashMap<>();
    put(end, kind + "Id", id);
    put(end, "name", name);
    put(end, kind + "DefinitionId", definitionId);
    put(end, kind + "Name", connectorName);
    return end;
  }

  private static void put(Map<String, Object> map, String name, @Nullable Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  private static @Nullable String text(@Nullable UUID id) {
    return id == null ? null : id.toString();
  }
}
