package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotOptions;
import io.github.airbytekit.connections.SnapshotReport;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.nio.file.Path;
import java.util.List;
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
    description = "Back up every connection of a workspace; compare two backups.",
    synopsisSubcommandLabel = "(snapshot | diff)")
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
