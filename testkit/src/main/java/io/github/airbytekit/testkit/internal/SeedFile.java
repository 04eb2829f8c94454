package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.Seeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies a JSON seed document:
 *
 * <pre>{@code
 * {"allowSubHourlySchedules": false,
 *  "workspaces": [{"workspaceId": "…", "name": "…",
 *    "sources": [{"sourceId": "…", "name": "…", "sourceType": "postgres", "configuration": {…},
 *      "discoveredCatalog": {Config API AirbyteCatalog}}],
 *    "destinations": [{"destinationId": "…", "name": "…", "destinationType": "bigquery", "configuration": {…}}],
 *    "connections": [{"connectionId": "…", "name": "…", "sourceId": "…", "destinationId": "…",
 *      "prefix": "…", "status": "active", "schedule": {"scheduleType": "cron", "cronExpression": "0 0 * * * ?"},
 *      "namespaceDefinition": "destination", "namespaceFormat": "…",
 *      "syncCatalog": {Config API AirbyteCatalog}, "state": {Config API ConnectionState},
 *      "jobScript": ["running", "succeeded"], "jobs": [{"jobType": "sync", "status": "succeeded"}]}]}]}
 * }</pre>
 *
 * A workspace without {@code workspaceId} is the default workspace.
 */
public final class SeedFile {
  private SeedFile() {}

  public static void apply(Path file, Seeder seeder) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + file, e);
    }
    try {
      applyJson(text, seeder);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid seed file " + file + ": " + e.getMessage(), e);
    }
  }

  public static void applyJson(String json, Seeder seeder) {
    Map<String, Object> root = JsonTree.object(JsonTree.parse(json));
    if (root == null) {
      throw new IllegalArgumentException("a seed is a JSON object");
    }
    if ("true".equals(raw(root.get("allowSubHourlySchedules")))) {
      seeder.allowSubHourlySchedules();
    }
    for (Object w : JsonTree.array(root.get("workspaces"))) {
      Map<String, Object> workspace = object(w, "workspaces[]");
      String workspaceId = JsonTree.string(workspace.get("workspaceId"));
      if (workspaceId != null) {
        seeder.workspace(workspaceId, text(workspace, "name", "Workspace"));
      }
      for (Object s : JsonTree.array(workspace.get("sources"))) {
        Map<String, Object> source = object(s, "sources[]");
        seeder.source(
            required(source, "sourceId"),
            text(source, "name", "Source"),
            required(source, "sourceType"),
            configuration(source));
        if (source.get("discoveredCatalog") != null) {
          seeder.discoveredCatalog(required(source, "sourceId"),
              Json.parse(JsonTree.write(source.get("discoveredCatalog")), SyncCatalog.class));
        }
      }
      for (Object d : JsonTree.array(workspace.get("destinations"))) {
        Map<String, Object> destination = object(d, "destinations[]");
        seeder.destination(
            required(destination, "destinationId"),
            text(destination, "name", "Destination"),
            required(destination, "destinationType"),
            configuration(destination));
      }
      for (Object c : JsonTree.array(workspace.get("connections"))) {
        Map<String, Object> connection = object(c, "connections[]");
        String connectionId = required(connection, "connectionId");
        seeder.connection(
            connectionId,
            seed -> {
              String name = JsonTree.string(connection.get("name"));
              if (name != null) {
                seed.name(name);
              }
              String sourceId = JsonTree.string(connection.get("sourceId"));
              if (sourceId != null) {
                seed.source(sourceId);
              }
              String destinationId = JsonTree.string(connection.get("destinationId"));
              if (destinationId != null) {
                seed.destination(destinationId);
              }
              String prefix = JsonTree.string(connection.get("prefix"));
              if (prefix != null) {
                seed.prefix(prefix);
              }
              String status = JsonTree.string(connection.get("status"));
              if (status != null) {
                seed.status(status);
              }
              String namespaceDefinition = JsonTree.string(connection.get("namespaceDefinition"));
              if (namespaceDefinition != null) {
                seed.namespaceDefinition(namespaceDefinition);
              }
              String namespaceFormat = JsonTree.string(connection.get("namespaceFormat"));
              if (namespaceFormat != null) {
                seed.namespaceFormat(namespaceFormat);
              }
              Map<String, Object> schedule = JsonTree.object(connection.get("schedule"));
              if (schedule != null) {
                String type = JsonTree.string(schedule.get("scheduleType"));
                if ("cron".equals(type)) {
                  seed.cron(required(schedule, "cronExpression"));
                } else if ("basic".equals(type)) {
                  seed.basic(required(schedule, "basicTiming"));
                } else if (!"manual".equals(type)) {
                  throw new IllegalArgumentException("schedule.scheduleType must be manual, cron or basic");
                }
              }
              if (connection.get("syncCatalog") != null) {
                seed.syncCatalog(Json.parse(JsonTree.write(connection.get("syncCatalog")), SyncCatalog.class));
              }
              if (connection.get("state") != null) {
                seed.state(Json.parse(JsonTree.write(connection.get("state")), ConnectionState.class));
              }
              List<FakeJobStatus> script = new ArrayList<>();
              for (String step : JsonTree.stringList(connection.get("jobScript"))) {
                script.add(FakeJobStatus.fromWire(step));
              }
              seed.jobScript(script.toArray(new FakeJobStatus[0]));
            });
        for (Object j : JsonTree.array(connection.get("jobs"))) {
          Map<String, Object> job = object(j, "jobs[]");
          seeder.job(
              connectionId,
              text(job, "jobType", "sync"),
              FakeJobStatus.fromWire(required(job, "status")));
        }
      }
    }
  }

  private static Map<String, Object> object(Object value, String where) {
    Map<String, Object> map = JsonTree.object(value);
    if (map == null) {
      throw new IllegalArgumentException(where + " must be an object");
    }
    return map;
  }

  private static String required(Map<String, Object> map, String name) {
    String value = JsonTree.string(map.get(name));
    if (value == null) {
      throw new IllegalArgumentException(name + " is required (a string)");
    }
    return value;
  }

  private static String text(Map<String, Object> map, String name, String fallback) {
    String value = JsonTree.string(map.get(name));
    return value == null ? fallback : value;
  }

  private static RawJson configuration(Map<String, Object> map) {
    Object value = map.get("configuration");
    return value == null ? RawJson.of("{}") : RawJson.of(JsonTree.write(value));
  }

  private static @Nullable String raw(@Nullable Object value) {
    return value instanceof RawJson ? ((RawJson) value).toJson() : null;
  }
}
