package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.RestorePlan;
import io.github.airbytekit.connections.RestoreReport;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotOptions;
import io.github.airbytekit.connections.SnapshotReport;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workspace}: back up every connection of a workspace. */
@Command(
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false, // added in help order by AirbytekitCli
    name = "workspace",
    description = "Back up every connection of a workspace; compare two backups; restore one.",
    synopsisSubcommandLabel = "(snapshot | diff | restore)")
final class WorkspaceCommand {
  @Spec CommandSpec spec;

  @Command(
      mixinStandardHelpOptions = true,
      name = "snapshot",
      description = {
        "Write every connection's state, catalog and settings under DIR/<connection id>/, with a"
            + " manifest.json of checksums. Rerunning into the same DIR fetches only what is missing or changed."
            + " Progress on stderr (a bar on a terminal, else one line per connection); a JSON summary on stdout."
            + " Needs --workspace-id (not with --fake). Exit 3 if a connection failed (the others are written)."
      })
  int snapshot(
      @Parameters(index = "0", paramLabel = "DIR", description = "Snapshot directory (created if absent).")
          String directory,
      @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
              description = "Connections read at once (default ${DEFAULT-VALUE}).")
          int concurrency,
      @Option(names = "--connection", paramLabel = "CONN",
              description = "Only this connection (repeatable); default: every connection.")
          @Nullable List<String> connections) {
    RootCommand root = RootCommand.of(spec);
    CloudWorkspace workspace = workspace(root);
    CountProgress progress = CountProgress.of(root, "connections");
    SnapshotReport report;
    try {
      report = workspace.snapshot(Path.of(directory), options(concurrency, connections, progress));
    } finally {
      progress.finish();
    }
    root.printJson(w -> {
      w.beginObject();
      w.name("directory").value(report.getDirectory().toString());
      w.name("manifest").value(report.getManifest().toString());
      w.name("written").value(report.written().size());
      w.name("skipped").value(report.skipped().size());
      w.name("failed").value(report.failed().size());
      w.name("inconsistent").value(report.inconsistent().size());
      w.name("failures").beginArray();
      for (SnapshotEntry failed : report.failed()) {
        w.beginObject().name("connectionId").value(failed.getConnectionId()).name("error").value(failed.getError())
            .endObject();
      }
      w.endArray();
      w.endObject();
    });
    return report.isComplete() ? ExitCodes.OK : ExitCodes.API;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "diff",
      description = {
        "Compare two snapshot directories written by 'workspace snapshot' (A B; no Airbyte access), or one with"
            + " the live workspace (A --live; needs --workspace-id, not with --fake): per connection (added,"
            + " removed, changed), its changed settings, and per stream its state and catalog entry. JSON on"
            + " stdout; with --table a table for people instead. --live reads each connection as a snapshot does"
            + " (progress on stderr) and writes nothing; exit 3 if a connection could not be read (it is listed"
            + " as unreadable, the others are compared)."
      })
  int diff(
      @Parameters(index = "0", paramLabel = "A", description = "The older snapshot directory.") String before,
      @Parameters(index = "1", arity = "0..1", paramLabel = "B",
              description = "The newer snapshot directory (or --live).")
          @Nullable String after,
      @Option(names = "--live", description = "Compare A with the live workspace instead of a second snapshot.")
          boolean live,
      @Option(names = "--table", description = "A readable table instead of JSON.") boolean table,
      @Option(names = "--concurrency", paramLabel = "N",
              description = "With --live: connections read at once (default 4).")
          @Nullable Integer concurrency,
      @Option(names = "--connection", paramLabel = "CONN",
              description = "With --live: only this connection (repeatable), on both sides; default: every one.")
          @Nullable List<String> connections) {
    RootCommand root = RootCommand.of(spec);
    if (live == (after != null)) {
      throw CliException.usage(live ? "give either B or --live, not both" : "give B (a second snapshot directory)"
          + " or --live (compare A with the workspace)");
    }
    if (!live && (concurrency != null || connections != null)) {
      throw CliException.usage("--concurrency and --connection need --live");
    }
    SnapshotDiff diff;
    if (live) {
      CloudWorkspace workspace = workspace(root);
      CountProgress progress = CountProgress.of(root, "connections");
      try {
        diff = workspace.diffSnapshot(Path.of(before),
            options(concurrency == null ? 4 : concurrency, connections, progress));
      } finally {
        progress.finish();
      }
    } else {
      diff = SnapshotDiff.between(Path.of(before), Path.of(Objects.requireNonNull(after)));
    }
    if (table) {
      root.out.print(diff.toTable());
      root.out.flush();
    } else {
      root.printJson(diff.toJson());
    }
    if (diff.unreadable().isEmpty()) {
      return ExitCodes.OK;
    }
    root.note(diff.unreadable().size() + " connection(s) could not be read; listed as unreadable");
    return ExitCodes.API;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "restore",
      description = {
        "Restore a snapshot written by 'workspace snapshot' into the connections of this workspace (the same one,"
            + " or one on another Airbyte): per connection its catalog, then its state, all or nothing (a failed"
            + " write puts the previous catalog and state back). Connections with a running sync are skipped and"
            + " reported. Progress on stderr (a bar on a terminal, else one line per connection); the result as JSON on stdout (with --dry-run: the"
            + " plan, and nothing is written). Needs --workspace-id (not with --fake). Exit 2 for a bad snapshot"
            + " or mapping (nothing written), 3 if a connection failed or was rolled back, 5 if one was locked by"
            + " a running sync (the others are restored)."
      })
  int restore(
      @Parameters(index = "0", paramLabel = "DIR", description = "The snapshot directory.") String directory,
      @Option(names = "--map", paramLabel = "FILE",
              description = "A JSON mapping {\"<snapshot connection id or name>\": \"<target connection id>\"};"
                  + " connections it does not name are skipped.")
          @Nullable String mapping,
      @Option(names = "--match", paramLabel = "id|name",
              description = "Without --map: find the target connection by id (default) or by name.")
          @Nullable String match,
      @Option(names = "--dry-run", description = "Print the plan per connection; write nothing.") boolean dryRun,
      @Option(names = "--connection", paramLabel = "CONN",
              description = "Only this snapshot connection, by id or name (repeatable); default: all.")
          @Nullable List<String> connections,
      @Option(names = "--allow-unknown-streams",
              description = "Also write the states of streams the restored catalog lacks (dropped by default).")
          boolean allowUnknownStreams,
      @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
              description = "Connections restored at once (default ${DEFAULT-VALUE}).")
          int concurrency) {
    if (mapping != null && match != null) {
      throw CliException.usage("--map and --match exclude each other: a mapping names every target");
    }
    RestorePlan.MatchBy matchBy = switch (match == null ? "id" : match.trim().toLowerCase(Locale.ROOT)) {
      case "id" -> RestorePlan.MatchBy.ID;
      case "name" -> RestorePlan.MatchBy.NAME;
      default -> throw CliException.usage("--match must be id or name, was '" + match + "'");
    };
    RootCommand root = RootCommand.of(spec);
    CountProgress progress = CountProgress.of(root, "connections");
    RestorePlan.Builder plan = RestorePlan.builder()
        .matchBy(matchBy)
        .dryRun(dryRun)
        .writeUnknownStreamStates(allowUnknownStreams)
        .concurrency(concurrency)
        .addAllConnections(connections == null ? List.of() : connections)
        .listener(new RestoreProgress(progress));
    if (mapping != null) {
      plan.putAllMapping(RestorePlan.readMapping(Path.of(mapping)));
    }
    RestorePlan built = plan.build();
    RestoreReport report;
    try {
      report = workspace(root).restore(Path.of(directory), built);
    } finally {
      progress.finish();
    }
    root.printJson(RestoreJson.of(report));
    return RestoreJson.exitCode(report);
  }

  /** The workspace of {@code --workspace-id} (the fake's with {@code --fake}). */
  private static CloudWorkspace workspace(RootCommand root) {
    return root.session().workspace(root.fake ? FakeAirbyteServer.DEFAULT_WORKSPACE_ID : null);
  }

  /** The options of a snapshot or a live diff: how many at once, which connections, progress shown. */
  private static SnapshotOptions options(int concurrency, @Nullable List<String> connections,
      CountProgress progress) {
    return SnapshotOptions.builder()
        .concurrency(concurrency)
        .addAllConnectionIds(connections == null ? List.of() : connections)
        .listener(new SnapshotProgress(progress))
        .build();
  }
}
