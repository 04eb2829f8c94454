package io.github.airbytekit.cli;

import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.JobQuery;
import io.github.airbytekit.connections.JobSnapshot;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.StreamStateWriteReport;
import io.github.airbytekit.connections.SyncOptions;
import io.github.airbytekit.connections.WaitOptions;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.testkit.DemoSeed;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: a short tour of the library against an embedded fake Airbyte, for a newcomer. Every
 * step is a real library call over real HTTP to the fake; the summary lists those calls.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    header = "Start here: a few-second tour of the library against an embedded fake Airbyte.",
    description = {
      "A tour of airbytekit in a few seconds, against a fake Airbyte running inside this process"
          + " (no account, no network): show a connection, run a sync, list jobs, dump and edit"
          + " state, dump the catalog, change the schedule, and list the HTTP calls it took."
    })
final class DemoCommand implements Callable<Integer> {
  static final String CONNECTION_ID = DemoSeed.STREAM_CONNECTION_ID;
  static final String STREAM = "charges";
  static final String NEW_CURSOR = "{\"created\": 1700000000, \"updated\": 1700000000}";
  static final String CRON = "0 0 12 * * ?";
  static final String UNIX_CRON = "0 12 * * *";
  private static final int STEPS = 7;
  private static final Pattern ID_SEGMENT =
      Pattern.compile("/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+)(?=/|$)");
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  private PrintWriter out;
  private Style style;
  private final List<String> summary = new ArrayList<>();

  @Override
  public Integer call() {
    RootCommand root = RootCommand.of(spec);
    out = root.out;
    style = new Style(root.stdoutIsTerminal && !root.env.containsKey("NO_COLOR"));
    long started = System.nanoTime();
    try (FakeAirbyteServer fake = FakeAirbyteServer.builder().demoSeed().build()) {
      // A few running polls, so the live progress has something to show.
      fake.jobs()
          .script(
              CONNECTION_ID,
              FakeJobStatus.PENDING,
              FakeJobStatus.RUNNING,
              FakeJobStatus.RUNNING,
              FakeJobStatus.RUNNING,
              FakeJobStatus.SUCCEEDED);
      try (CloudWorkspace workspace =
          CloudWorkspace.builder()
              .workspaceId(fake.workspaceId())
              .apiRoot(fake.apiRoot())
              .clientCredentials(fake.clientId(), Secret.of(fake.clientSecret()))
              .pollPolicy(
                  PollPolicy.builder()
                      .initialInterval(Duration.ofMillis(250))
                      .maxInterval(Duration.ofMillis(250))
                      .build())
              .build()) {
        intro(fake);
        CloudConnection connection = workspace.getConnection(CONNECTION_ID);
        showConnection(connection);
        SyncResult job = runSync(root, connection);
        history(connection);
        ConnectionState state = state(connection);
        editCursor(connection, state);
        catalog(connection);
        schedule(connection);
        finish(fake, Duration.ofNanos(System.nanoTime() - started), job);
      }
    }
    return ExitCodes.OK;
  }

  private void intro(FakeAirbyteServer fake) {
    out.println(style.bold("airbytekit demo") + ": a tour of the library against a fake Airbyte running in this process.");
    out.println(style.dim("No account and no network: each step below is a real library call over HTTP to "
        + fake.apiRoot().replaceFirst("/api/public/v1$", "") + "."));
  }

  private void section(int step, String title, String java, String cli) {
    out.println();
    out.println(style.cyan(step + "/" + STEPS) + "  " + style.bold(title));
    out.println(style.dim("     java  " + java));
    out.println(style.dim("     $     airbytekit --fake " + cli));
  }

  private void line(String text) {
    out.println("     " + text);
  }

  private void showConnection(CloudConnection connection) {
    section(1, "Show a connection", "workspace.getConnection(id).name(), .status(), .streamNames()",
        "connection show " + CONNECTION_ID);
    line(field("name") + connection.name());
    line(field("status") + connection.status().wireValue() + "     prefix " + connection.tablePrefix());
    line(field("streams") + String.join(", ", connection.streamNames()));
    line(field("schedule") + Views.describe(connection.schedule()));
    line(field("web") + style.dim(connection.connectionUrl()));
    summary.add("showed connection \"" + connection.name() + "\"");
  }

  private SyncResult runSync(RootCommand root, CloudConnection connection) {
    section(2, "Run a sync, with live progress",
        "connection.runSync(SyncOptions.builder().waitOptions(WaitOptions.builder().progressListener(…)…).build())",
        "sync run " + CONNECTION_ID);
    Progress progress = new Progress(out, root.stdoutIsTerminal);
    SyncResult job =
        connection.runSync(
            SyncOptions.builder()
                .waitOptions(WaitOptions.builder()
                    .timeout(Duration.ofSeconds(30))
                    .raiseOnFailure(true)
                    .progressListener(p -> progress.update(SyncCommand.progressKey(p), "     " + SyncCommand.progressLine(p)))
                    .build())
                .build());
    progress.finish();
    line(style.green("✓") + " job " + job.jobId() + " " + job.status().wireValue() + ": "
        + String.format(Locale.ROOT, "%,d", job.recordsSynced()) + " records, " + Human.bytes(job.bytesSynced()));
    summary.add("ran sync job " + job.jobId() + " (" + job.status().wireValue() + ", "
        + String.format(Locale.ROOT, "%,d", job.recordsSynced()) + " records) with live progress");
    return job;
  }

  private void history(CloudConnection connection) {
    section(3, "List the sync history", "connection.getPreviousSyncLogs(JobQuery.builder().limit(5).build())",
        "sync history " + CONNECTION_ID + " --limit 5");
    List<SyncResult> jobs = connection.getPreviousSyncLogs(JobQuery.builder().limit(5).build());
    line(style.dim(String.format(Locale.ROOT, "%-5s %-6s %-10s %9s %9s  %s", "JOB", "TYPE", "STATUS", "RECORDS", "BYTES", "STARTED")));
    for (SyncResult result : jobs) {
      JobSnapshot job = result.snapshot(); // one consistent row, at most one request
      String status = String.format(Locale.ROOT, "%-10s", job.getStatus().wireValue());
      line(String.format(Locale.ROOT, "%-5d %-6s ", job.getJobId(), job.getJobType().wireValue())
          + (job.getStatus().isFailure() ? style.red(status) : status)
          + String.format(Locale.ROOT, " %,9d %9s  %s", job.getRecordsSynced(), Human.bytes(job.getBytesSynced()),
              CLOCK.format(job.getStartTime())));
    }
    summary.add("listed " + jobs.size() + " jobs");
  }

  private ConnectionState state(CloudConnection connection) {
    section(4, "Dump the state in both forms",
        "connection.dumpRawConnectionState(), StateConverter.toProtocol(state)",
        "state dump " + CONNECTION_ID + " [--raw]");
    ConnectionState state = connection.dumpRawConnectionState();
    line("protocol form " + style.dim("(what a connector's --state reads; snake_case)"));
    out.print(preview(AirbyteJson.stateMessages().write(StateConverter.toProtocol(state))));
    line("Config API form " + style.dim("(what Airbyte stores; camelCase)"));
    out.print(preview(AirbyteJson.connectionState().write(state)));
    summary.add("dumped the state (" + state.streams().size() + " streams) in protocol and Config API form");
    return state;
  }

  private void editCursor(CloudConnection connection, ConnectionState before) {
    section(5, "Move one stream's cursor", "connection.setStreamStateVerified(\"" + STREAM + "\", null, blob)",
        "state set " + CONNECTION_ID + " " + STREAM + " '" + NEW_CURSOR + "'");
    StreamStateWriteReport report = connection.setStreamStateVerified(STREAM, null, RawJson.of(NEW_CURSOR));
    ConnectionState after = report.getReread();
    for (var entry : before.streams()) {
      String name = entry.getStreamDescriptor().displayName();
      String old = blob(entry.getStreamState());
      String now = after.findStream(entry.getStreamDescriptor().getName(), entry.getStreamDescriptor().getNamespace())
          .map(s -> blob(s.getStreamState()))
          .orElse("(gone)");
      if (old.equals(now)) {
        line(String.format(Locale.ROOT, "%-10s", name) + style.dim("unchanged  " + now));
      } else {
        line(String.format(Locale.ROOT, "%-10s", name) + "before     " + old);
        line(String.format(Locale.ROOT, "%-10s", "") + "after      " + style.green(now));
      }
    }
    line((report.isConsistent() ? style.green("✓") + " read back: only " + STREAM + " changed"
        : style.red("!") + " another writer changed the state meanwhile"));
    summary.add("moved the " + STREAM + " cursor; every other stream kept its state");
  }

  private void catalog(CloudConnection connection) {
    section(6, "Dump the catalog in both forms", "connection.dumpRawCatalog(), connection.dumpRawSyncCatalog()",
        "catalog dump " + CONNECTION_ID + " [--raw | --connector]");
    SyncCatalog config = connection.dumpRawSyncCatalog().orElseThrow();
    ConfiguredAirbyteCatalog protocol = CatalogConverter.toProtocol(config);
    long selected = config.getStreams().stream().map(SyncCatalogEntry::getConfig)
        .filter(c -> Boolean.TRUE.equals(c.isSelected())).count();
    line(config.getStreams().size() + " streams, " + selected + " selected; the first one:");
    line("protocol form " + style.dim("(ConfiguredAirbyteCatalog, flat, snake_case)"));
    out.print(firstStream(AirbyteJson.configuredCatalog().write(protocol)));
    line("Config API form " + style.dim("(syncCatalog: {stream, config}, camelCase)"));
    out.print(firstStream(AirbyteJson.syncCatalog().write(config)));
    summary.add("dumped the catalog (" + config.getStreams().size() + " streams, " + selected
        + " selected) in both forms");
  }

  private void schedule(CloudConnection connection) {
    section(7, "Switch the schedule to a Quartz cron", "connection.setSchedule(\"" + CRON + "\")",
        "connection schedule " + CONNECTION_ID + " --cron \"" + CRON + "\"");
    String before = Views.describe(connection.schedule());
    line(field("before") + before);
    try {
      connection.setSchedule(UNIX_CRON);
      line("unexpected: the Unix cron \"" + UNIX_CRON + "\" was accepted");
    } catch (AirbyteInputException e) {
      line(style.red("✗") + " \"" + UNIX_CRON + "\" refused before any request: "
          + style.dim(firstClause(Failures.message(e)).replace("'" + UNIX_CRON + "' ", "")));
    }
    connection.setSchedule(CRON);
    line(field("after") + style.green(Views.describe(connection.schedule()))
        + style.dim("   (Quartz: sec min hour day-of-month month day-of-week)"));
    summary.add("switched the schedule from " + before + " to " + Views.describe(connection.schedule())
        + " (a Unix cron was refused before any request)");
  }

  private void finish(FakeAirbyteServer fake, Duration took, SyncResult job) {
    List<RecordedCall> calls = fake.requests().all();
    Map<String, Integer> byRoute = new LinkedHashMap<>();
    for (RecordedCall call : calls) {
      String route = String.format(Locale.ROOT, "%-6s %s", call.method(), ID_SEGMENT.matcher(call.path()).replaceAll("/{id}"));
      byRoute.merge(route, 1, Integer::sum);
    }
    out.println();
    out.println(style.bold("Summary") + style.dim("  (" + Human.duration(took) + ", " + calls.size() + " HTTP calls)"));
    for (String item : summary) {
      line(style.green("✓") + " " + item);
    }
    out.println();
    line(style.bold("HTTP calls") + style.dim(" (public API under /api/public/v1, Config API under /api/v1)"));
    byRoute.forEach((route, count) -> line(String.format(Locale.ROOT, "%3d  %s", count, route)));
    out.println();
    line(style.bold("Next"));
    line("bin/airbytekit --fake state dump " + CONNECTION_ID + style.dim("   # any command, on the demo data"));
    line("bin/airbytekit fake-server" + style.dim("   # a fake Airbyte for your own scripts"));
    line("bin/airbytekit --help" + style.dim("   # every command; see also cli/README.md"));
    out.flush();
  }

  private String field(String name) {
    return style.dim(String.format(Locale.ROOT, "%-9s", name));
  }

  private static String blob(@Nullable RawJson blob) {
    return blob == null ? "null" : new Preview(200, 6, 40, 3).render(blob.toJson(), "").strip();
  }

  private String preview(String json) {
    return style.dim(new Preview(110, 3, 40, 5).fold("stream_state", "streamState").render(json, "       "));
  }

  /** The first stream entry of a catalog, with deep values such as the JSON schema folded. */
  private String firstStream(String catalogJson) {
    String first = Json.firstArrayItem(catalogJson, "streams");
    return style.dim(
        new Preview(100, 3, 40, 3).fold("json_schema", "jsonSchema").render(first == null ? "null" : first, "       "));
  }

  /** The message up to its first {@code ": "} or {@code ". "}: the what, without the how. */
  private static String firstClause(String message) {
    int colon = message.indexOf(": ");
    int stop = message.indexOf(". ");
    int end = colon < 0 ? stop : stop < 0 ? colon : Math.min(colon, stop);
    return end < 0 ? message : message.substring(0, end);
  }
}
