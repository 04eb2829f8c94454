package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.JobRequest;
import io.github.airbytekit.connections.JobType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code connection}: show and change a connection's settings. Each change prints the updated connection. */
@Command(
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false, // added in help order by AirbytekitCli
    name = "connection",
    description =
        "Show and change a connection: name, prefix, streams, status, schedule; delete it; reset, clear or"
            + " refresh its streams.",
    synopsisSubcommandLabel =
        "(show | rename | set-prefix | select-streams | enable | disable | schedule | delete | reset | clear"
            + " | refresh)")
final class ConnectionCommand {
  @Spec CommandSpec spec;

  @Command(mixinStandardHelpOptions = true, name = "show", description = "Print the connection as a JSON object.")
  int show(@Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    printConnection(root, connection);
    return ExitCodes.OK;
  }

  @Command(mixinStandardHelpOptions = true, name = "rename", description = "Rename the connection.")
  int rename(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", paramLabel = "NAME", description = "New name.") String name) {
    if (name.isBlank()) {
      throw CliException.usage("NAME must not be blank");
    }
    return change(conn, connection -> connection.rename(name));
  }

  @Command(mixinStandardHelpOptions = true, name = "set-prefix", description = "Set the destination table prefix ('' removes it).")
  int setPrefix(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", paramLabel = "PREFIX", description = "Table prefix.") String prefix) {
    return change(conn, connection -> connection.setTablePrefix(prefix));
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "select-streams",
      description =
          "Select exactly these streams (by name); streams that stay selected keep their settings.")
  int selectStreams(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "STREAM", description = "Stream names.")
          List<String> streams) {
    return change(conn, connection -> connection.setSelectedStreams(streams));
  }

  @Command(mixinStandardHelpOptions = true, name = "enable", description = "Enable the connection (no change if it already is).")
  int enable(@Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn) {
    return setEnabled(conn, true);
  }

  @Command(mixinStandardHelpOptions = true, name = "disable", description = "Disable the connection (no change if it already is).")
  int disable(@Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn) {
    return setEnabled(conn, false);
  }

  private int setEnabled(String conn, boolean enabled) {
    return change(conn, connection -> connection.setEnabled(enabled)); // GET, then PATCH only if it differs
  }

  /** Loads the connection, applies {@code edit}, prints the connection as it is afterwards. */
  private int change(String conn, Consumer<CloudConnection> edit) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    edit.accept(connection);
    printConnection(root, connection);
    return ExitCodes.OK;
  }

  /** Exactly one of {@code --cron} and {@code --manual}. */
  static final class ScheduleChoice {
    @Option(
        names = "--cron",
        paramLabel = "EXPR",
        description = "Quartz cron expression, e.g. \"0 0 12 * * ?\" (6-7 fields, UTC).")
    String cron;

    @Option(names = "--manual", description = "Run only when triggered.")
    boolean manual;
  }

  @Command(mixinStandardHelpOptions = true, name = "schedule", description = "Schedule the connection with a Quartz cron expression, or make it manual.")
  int schedule(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @ArgGroup(exclusive = true, multiplicity = "1") ScheduleChoice choice) {
    return change(conn, connection -> {
      if (choice.manual) {
        connection.setManualSchedule();
      } else {
        connection.setSchedule(choice.cron);
      }
    });
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "delete",
      description = {
        "Delete the connection permanently, and optionally its source and destination.",
        "Safe mode: each deleted resource's name must contain 'delete-me' or 'deleteme' unless"
            + " --force is given. Every check runs before anything is deleted."
      })
  int delete(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Option(names = "--cascade-source", description = "Also delete the source.") boolean cascadeSource,
      @Option(names = "--cascade-destination", description = "Also delete the destination.")
          boolean cascadeDestination,
      @Option(names = "--force", description = "Lift the safe-mode name rule.") boolean force) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    String sourceId = connection.sourceId();
    String destinationId = connection.destinationId();
    connection
        .workspace()
        .permanentlyDeleteConnection(conn, cascadeSource, cascadeDestination, !force);
    root.printJson(
        w -> {
          w.beginObject();
          w.name("deleted").beginObject();
          w.name("connectionId").value(conn);
          if (cascadeSource) {
            w.name("sourceId").value(sourceId);
          }
          if (cascadeDestination) {
            w.name("destinationId").value(destinationId);
          }
          w.endObject();
          w.endObject();
        });
    return ExitCodes.OK;
  }

  /** {@code --stream}, repeatable: the streams a reset, clear or refresh acts on. */
  static final class StreamFlags {
    @Option(
        names = "--stream",
        paramLabel = "STREAM",
        description = "Only this stream (repeatable): its name, or NAMESPACE.NAME (default: every stream).")
    List<String> streams = new ArrayList<>();
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "reset",
      description = {
        "Reset the connection or the given streams (their state, and their data in the destination) and wait,"
            + " as 'sync run' does; prints the job with its streams.",
        "A running sync is cancelled first (Airbyte does so). Exit 1 if it fails or is cancelled, 4 if a stream is"
            + " not in the catalog, 6 on timeout."
      })
  int reset(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Mixin StreamFlags streams,
      @Mixin JobRun.WaitFlags wait) {
    return startJob(conn, JobType.RESET, false, streams, wait);
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "clear",
      description = {
        "Clear the connection or the given streams (their state, and their data in the destination) and wait,"
            + " as 'sync run' does; prints the job with its streams.",
        "Exit codes as for reset."
      })
  int clear(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Mixin StreamFlags streams,
      @Mixin JobRun.WaitFlags wait) {
    return startJob(conn, JobType.CLEAR, false, streams, wait);
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "refresh",
      description = {
        "Sync the connection or the given streams again from the start (dropping their data in the destination"
            + " unless --merge) and wait, as 'sync run' does; prints the job with its streams.",
        "Exit codes as for reset, and 5 if a job is already running (Airbyte then starts no refresh)."
      })
  int refresh(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Option(names = "--merge", description = "Keep the destination's data and merge into it.") boolean merge,
      @Mixin StreamFlags streams,
      @Mixin JobRun.WaitFlags wait) {
    return startJob(conn, JobType.REFRESH, merge, streams, wait);
  }

  private int startJob(String conn, JobType type, boolean merge, StreamFlags streams, JobRun.WaitFlags wait) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    JobRequest.Builder request = JobRequest.builder().jobType(type)
        .addAllStreams(StreamArgs.resolve(connection, streams.streams));
    if (merge) {
      request.mergeOnRefresh(true);
    }
    return JobRun.run(root, connection, request, wait);
  }

  static void printConnection(RootCommand root, CloudConnection connection) {
    root.printJson(w -> Views.connection(w, connection));
  }
}
