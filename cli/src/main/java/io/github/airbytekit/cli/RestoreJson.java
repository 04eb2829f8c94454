package io.github.airbytekit.cli;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.connections.RestoreChanges;
import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.RestoreReport;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code workspace restore}'s output: one line per connection on stderr, the report (or plan) as JSON. */
final class RestoreJson {
  private RestoreJson() {}

  static String line(RestoreEntry entry, int done, int total) {
    String target = entry.getTargetConnectionId();
    return "[" + done + "/" + total + "] " + entry.getSnapshotConnectionId()
        + (target == null || target.equalsIgnoreCase(entry.getSnapshotConnectionId()) ? "" : " -> " + target)
        + " " + outcome(entry.getOutcome())
        + (entry.getUnwrittenStreams().isEmpty() ? "" : " (states not written: "
            + String.join(", ", entry.getUnwrittenStreams()) + ")")
        + (entry.getReason() == null ? "" : ": " + entry.getReason());
  }

  /** 3 if a connection failed or was rolled back, else 5 if one was locked by a running sync, else 0. */
  static int exitCode(RestoreReport report) {
    if (!report.failed().isEmpty() || !report.rolledBack().isEmpty()) {
      return ExitCodes.API;
    }
    return report.locked().isEmpty() ? ExitCodes.OK : ExitCodes.CONFLICT;
  }

  static Json.Body of(RestoreReport report) {
    return w -> {
      w.beginObject();
      w.name("directory").value(report.getDirectory().toString());
      w.name("dryRun").value(report.isDryRun());
      w.name("counts").beginObject();
      for (RestoreEntry.Outcome outcome : RestoreEntry.Outcome.values()) {
        w.name(outcome(outcome)).value(report.withOutcome(outcome).size());
      }
      w.endObject();
      w.name("connections").beginArray();
      for (RestoreEntry entry : report.getEntries()) {
        entry(w, entry);
      }
      w.endArray();
      w.endObject();
    };
  }

  private static void entry(JsonWriter w, RestoreEntry entry) throws IOException {
    w.beginObject();
    w.name("snapshotConnectionId").value(entry.getSnapshotConnectionId());
    w.name("name").value(entry.getSnapshotName());
    w.name("targetConnectionId").value(entry.getTargetConnectionId());
    w.name("outcome").value(outcome(entry.getOutcome()));
    w.name("reason").value(entry.getReason());
    strings(w, "unwrittenStreams", entry.getUnwrittenStreams());
    RestoreChanges changes = entry.getChanges();
    if (changes != null) {
      w.name("catalog").beginObject();
      w.name("written").value(changes.isCatalogWritten());
      strings(w, "added", changes.getCatalogStreamsAdded());
      strings(w, "removed", changes.getCatalogStreamsRemoved());
      strings(w, "changed", changes.getCatalogStreamsChanged());
      w.endObject();
      w.name("state").beginObject();
      w.name("written").value(changes.isStateWritten());
      w.name("snapshotType").value(changes.getSnapshotStateType());
      w.name("targetType").value(changes.getTargetStateType());
      strings(w, "streamsChanged", changes.getStateStreamsChanged());
      w.endObject();
      strings(w, "notes", changes.getNotes());
    }
    w.endObject();
  }

  private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
    w.name(name).beginArray();
    for (String value : values) {
      w.value(value);
    }
    w.endArray();
  }

  private static String outcome(RestoreEntry.Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
