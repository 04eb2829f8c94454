package io.github.airbytekit.cli;

import io.github.airbytekit.testkit.DemoSeed;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: a short tour for a newcomer. Each step runs a real {@code airbytekit --fake …} command in this
 * process, against one embedded fake Airbyte shared by every step (so a change shows in the next step), and
 * prints exactly what that command prints: its stderr as is, its stdout JSON as a short preview. The Java call
 * doing the same is named above each command. It ends with the HTTP calls the fake received.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    header = "Start here: a few-second tour of the library against an embedded fake Airbyte.",
    description = {
      "A tour of airbytekit in a few seconds, against a fake Airbyte running inside this process"
          + " (no account, no network): each step runs an 'airbytekit --fake' command and shows what"
          + " it prints: show a connection, run a sync, list jobs, dump and edit state, dump the"
          + " catalog, change the schedule; then the HTTP calls it took."
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

  @Spec CommandSpec spec;

  private RootCommand root;
  private PrintWriter out;
  private Style style;
  private FakeAirbyteServer fake;

  @Override
  public Integer call() {
    root = RootCommand.of(spec);
    out = root.out;
    style = new Style(root.stdoutIsTerminal && !root.env.containsKey("NO_COLOR"));
    long started = System.nanoTime();
    try (FakeAirbyteServer server = FakeAirbyteServer.builder().demoSeed().build()) {
      fake = server;
      // A few running polls, so the live progress has something to show.
      fake.jobs().script(CONNECTION_ID, FakeJobStatus.PENDING, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING,
          FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
      out.println(style.bold("airbytekit demo") + ": each step runs an airbytekit command against a fake Airbyte"
          + " in this process");
      out.println(style.dim("(no account, no network; every step sees the changes of the steps before it)."));
      section(1, "Show a connection", "workspace.getConnection(id)");
      command("connection", "show", CONNECTION_ID);
      section(2, "Run a sync, with live progress on stderr", "connection.runSync()");
      command("sync", "run", CONNECTION_ID);
      section(3, "List the sync history", "connection.getPreviousSyncLogs(5)");
      command("sync", "history", CONNECTION_ID, "--limit", "5");
      section(4, "Dump the state in both forms", "connection.dumpRawState(), .dumpRawConnectionState()");
      command("state", "dump", CONNECTION_ID);
      command("state", "dump", CONNECTION_ID, "--raw");
      section(5, "Move one stream's cursor, then read it back",
          "connection.setStreamStateVerified(\"" + STREAM + "\", null, blob)");
      command("state", "set", CONNECTION_ID, STREAM, NEW_CURSOR);
      command("state", "get", CONNECTION_ID, STREAM);
      section(6, "Dump the catalog in both forms", "connection.dumpRawCatalog(), .dumpRawSyncCatalog()");
      // Two streams, four levels deep: enough to see each form's shape.
      Preview catalog = new Preview(110, 2, 48, 4).fold("json_schema", "jsonSchema");
      command(catalog, "catalog", "dump", CONNECTION_ID);
      command(catalog, "catalog", "dump", CONNECTION_ID, "--raw");
      section(7, "Switch the schedule to a Quartz cron (a Unix cron is refused)",
          "connection.setSchedule(\"" + CRON + "\")");
      command("connection", "schedule", CONNECTION_ID, "--cron", UNIX_CRON);
      command("connection", "schedule", CONNECTION_ID, "--cron", CRON);
      calls(Duration.ofNanos(System.nanoTime() - started));
    }
    return ExitCodes.OK;
  }

  private void section(int step, String title, String java) {
    out.println();
    out.println(style.cyan(step + "/" + STEPS) + "  " + style.bold(title) + style.dim("   java: " + java));
  }

  /** Runs {@code airbytekit --fake args…} on the shared fake: stderr as it comes, then a preview of stdout. */
  private void command(String... args) {
    command(preview(), args);
  }

  /** The preview of a command's JSON: blobs and schemas folded, three levels deep. */
  static Preview preview() {
    return new Preview(110, 4, 48, 3).fold("stream_state", "streamState", "json_schema", "jsonSchema");
  }

  private void command(Preview preview, String... args) {
    List<String> line = new ArrayList<>(List.of("--fake"));
    line.addAll(List.of(args));
    out.println("   " + style.bold("$ airbytekit " + shellWords(line)));
    out.flush();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int status = AirbytekitCli.execute(line.toArray(new String[0]), Map.of(), root.in,
        data, new PrintWriter(new Indented(out, "     "), true), false,
        root.stdoutIsTerminal, null, fake);
    String json = data.toString(StandardCharsets.UTF_8).strip();
    if (!json.isEmpty()) {
      out.print(style.dim(preview.render(json, "     ")));
    }
    if (status != ExitCodes.OK) {
      out.println("     " + style.dim("(exit " + status + ")"));
    }
    out.flush();
  }

  /** The fake's record of the HTTP calls, by route. */
  private void calls(Duration took) {
    List<RecordedCall> calls = fake.requests().all();
    Map<String, Integer> byRoute = new LinkedHashMap<>();
    for (RecordedCall call : calls) {
      String route = String.format(Locale.ROOT, "%-6s %s", call.method(),
          ID_SEGMENT.matcher(call.path()).replaceAll("/{id}"));
      byRoute.merge(route, 1, Integer::sum);
    }
    out.println();
    out.println(style.bold("HTTP calls the fake received") + style.dim("  (" + calls.size() + " in "
        + Human.duration(took) + "; public API under /api/public/v1, Config API under /api/v1)"));
    byRoute.forEach((route, count) -> out.println(String.format(Locale.ROOT, "   %3d  %s", count, route)));
    out.println();
    out.println(style.bold("Next"));
    out.println("   bin/airbytekit --fake state dump " + CONNECTION_ID + style.dim("   # any command, on the demo data"));
    out.println("   bin/airbytekit fake-server" + style.dim("   # a fake Airbyte for your own scripts"));
    out.println("   bin/airbytekit --help" + style.dim("   # every command; see also cli/README.md"));
    out.flush();
  }

  /** The arguments as a shell would need them typed. */
  static String shellWords(List<String> args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      words.add(arg.matches("[A-Za-z0-9_./:=@-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return String.join(" ", words);
  }

  /** Prefixes every line written through it, so a command's stderr sits under its {@code $} line. */
  private static final class Indented extends Writer {
    private final Writer target;
    private final String indent;
    private boolean lineStart = true;

    Indented(Writer target, String indent) {
      this.target = target;
      this.indent = indent;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (lineStart && c != '\n' && c != '\r') {
          target.write(indent);
          lineStart = false;
        }
        target.write(c);
        lineStart = c == '\n' || c == '\r';
      }
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
