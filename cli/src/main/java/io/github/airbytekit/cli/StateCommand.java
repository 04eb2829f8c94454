package io.github.airbytekit.cli;

import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.StreamStateWriteReport;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code state}: dump, import, read and edit a connection's state; convert state files. */
@Command(
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false, // added in help order by AirbytekitCli
    name = "state",
    description = "Read, back up, restore and edit a connection's state; convert state files.",
    synopsisSubcommandLabel = "(dump | import | get | set | convert)")
final class StateCommand {
  @Spec CommandSpec spec;

  @Command(
      mixinStandardHelpOptions = true,
      name = "dump",
      description = {
        "Print the state: the protocol form (a list of state messages, as a connector's --state"
            + " reads) or, with --raw, Airbyte's Config API object exactly as received."
      })
  int dump(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Option(names = "--raw", description = "The Config API object instead.") boolean raw) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    root.printJson(connection.dumpRawStateJson(raw ? JsonForm.CONFIG_API : JsonForm.PROTOCOL));
    return ExitCodes.OK;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "import",
      description = {
        "Replace the state with a file of either form (the output of 'state dump', with or"
            + " without --raw); its connectionId is replaced by CONN's. Prints the stored state"
            + " (protocol form). Exit 5 if a sync is running; nothing is written then."
      })
  int importState(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "State file; - or absent: stdin.")
          @Nullable String file) {
    RootCommand root = RootCommand.of(spec);
    ConnectionState state = readForImport(Inputs.bytesOfFileOrStdin(file, root.in), conn);
    CloudConnection connection = root.session().connection(conn);
    ConnectionState stored = connection.importRawState(state);
    root.printJson(AirbyteJson.stateMessages(), StateConverter.toProtocol(stored));
    return ExitCodes.OK;
  }

  /** The state to import; the input's bytes are garbage once this returns (only the blobs stay in memory). */
  private static ConnectionState readForImport(byte[] input, String conn) {
    ConnectionState state = Forms.readState(input, conn);
    if (state.getStateType().equals(StateType.NOT_SET) && Forms.isArray(input)) {
      throw CliException.usage(
          "the state is an empty list, which would erase the connection's state; to do that on"
              + " purpose, import {\"stateType\": \"not_set\"}");
    }
    return state;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "get",
      description = {
        "Print one stream's state blob. Exit 4 if the stream has no entry (the streams that do are"
            + " listed on stderr)."
      })
  int get(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", paramLabel = "STREAM", description = "Stream name.") String stream,
      @Option(names = "--namespace", paramLabel = "NS", description = "Stream namespace (default: none).")
          @Nullable String namespace) {
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    ConnectionState state = connection.dumpRawConnectionState();
    if (state.getStateType().equals(StateType.LEGACY)) {
      throw CliException.usage(
          "connection " + conn + " has a legacy state, which has no per-stream entries; use 'state dump'");
    }
    Optional<StreamState> entry = state.findStream(stream, namespace);
    if (entry.isEmpty()) {
      throw CliException.notFound(
          "no state for stream " + StreamDescriptor.of(stream, namespace).displayName()
              + " in connection " + conn + "; " + available(state));
    }
    RawJson blob = entry.get().getStreamState();
    root.printJson(blob == null ? "null" : blob.toJson());
    return ExitCodes.OK;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "set",
      description = {
        "Replace one stream's state blob (e.g. move its cursor), leaving every other stream as it"
            + " is. Prints the stored blob. Exit 2 if the connection has no state yet or a legacy"
            + " state (nothing is written), 5 if a sync is running.",
        "Read-modify-write: run it while the connection is idle. Streams another writer changed"
            + " meanwhile are reported on stderr."
      })
  int set(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", paramLabel = "STREAM", description = "Stream name.") String stream,
      @Parameters(index = "2", paramLabel = "JSON|@FILE", description = "The new blob, inline or @file (@- : stdin).")
          String blobArgument,
      @Option(names = "--namespace", paramLabel = "NS", description = "Stream namespace (default: none).")
          @Nullable String namespace) {
    RootCommand root = RootCommand.of(spec);
    RawJson blob = Forms.wellFormed(Inputs.inlineOrFile(blobArgument, root.in), "the stream state");
    CloudConnection connection = root.session().connection(conn);
    StreamStateWriteReport report = connection.setStreamStateVerified(stream, namespace, blob);
    if (!report.isConsistent()) {
      root.note(
          "warning: the state changed around this write (another writer or a running sync?): "
              + report.getChangedStreams().stream()
                  .map(StreamDescriptor::displayName)
                  .collect(Collectors.joining(", "))
              + (report.isSharedStateChanged() ? " (and the shared state)" : ""));
    }
    RawJson stored =
        report.getWritten().findStream(stream, namespace).map(StreamState::getStreamState).orElse(blob);
    root.printJson(stored == null ? "null" : stored.toJson());
    return ExitCodes.OK;
  }

  static String available(ConnectionState state) {
    List<StreamState> streams = state.streams();
    if (streams.isEmpty()) {
      return state.getStateType().equals(StateType.NOT_SET)
          ? "the connection has no state yet"
          : "the state has no stream entries";
    }
    return "streams with state: "
        + streams.stream()
            .map(s -> s.getStreamDescriptor().displayName())
            .collect(Collectors.joining(", "));
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "convert",
      description = {
        "Convert a state file between the Config API form (stateType, camelCase) and the protocol"
            + " form (a list of state messages, as a connector's --state reads). Either form is"
            + " accepted as input. No Airbyte access."
      })
  int convert(
      @Option(names = "--to", required = true, paramLabel = "protocol|config", description = "Target form.")
          String to,
      @Option(
              names = "--connection-id",
              paramLabel = "ID",
              description = "connectionId to put in Config API output (default: as in the input, or none).")
          @Nullable String connectionId,
      @Parameters(
              index = "0",
              arity = "0..1",
              paramLabel = "FILE",
              description = "Input file; - or absent: stdin.")
          @Nullable String file) {
    return convertFile(RootCommand.of(spec), to, connectionId, file);
  }

  /** {@code state convert}, also run without picocli by {@link QuickConvert}. */
  static int convertFile(RootCommand root, String to, @Nullable String connectionId, @Nullable String file) {
    return Forms.convert(
        root,
        to,
        file,
        input -> Forms.readState(input, connectionId),
        (out, state) -> out.printJson(AirbyteJson.stateMessages(), StateConverter.toProtocol(state)),
        (out, state) -> out.printJson(AirbyteJson.connectionState(), state));
  }

  /** Input parsing shared by state and catalog commands; bad input is a usage error (exit 2). */
  static final class Forms {
    enum Target {
      PROTOCOL,
      CONFIG
    }

    private Forms() {}

    static Target target(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "protocol":
          return Target.PROTOCOL;
        case "config":
          return Target.CONFIG;
        default:
          throw CliException.usage("--to must be 'protocol' or 'config', not '" + value + "'");
      }
    }

    /**
     * {@code convert}: parses {@code --to} first (a bad value fails before stdin is read), reads FILE or
     * stdin with {@code read}, prints the value in the target form.
     */
    static <T> int convert(
        RootCommand root,
        String to,
        @Nullable String file,
        Function<byte[], T> read,
        BiConsumer<RootCommand, T> writeProtocol,
        BiConsumer<RootCommand, T> writeConfig) {
      Target target = target(to);
      T value = read.apply(Inputs.bytesOfFileOrStdin(file, root.in));
      (target == Target.PROTOCOL ? writeProtocol : writeConfig).accept(root, value);
      return ExitCodes.OK;
    }

    /** Whether the document is a JSON array (its first byte that is not whitespace is {@code [}). */
    static boolean isArray(byte[] json) {
      for (byte b : json) {
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
          return b == '[';
        }
      }
      return false;
    }

    /** Checks that {@code json} is one well-formed JSON value, before any form is looked for. */
    static RawJson wellFormed(String json, String what) {
      try {
        return RawJson.of(json);
      } catch (AirbyteDataException e) {
        throw CliException.usage(what + " is not valid JSON: " + Failures.message(e).replaceFirst("^\\$ is not valid JSON: ", ""), e);
      }
    }

    /** Reads state of either form in the domain's single validating pass over the bytes. */
    static ConnectionState readState(byte[] json, @Nullable String connectionId) {
      ConnectionState state;
      try {
        state = AirbyteJson.readStateOfAnyForm(json, connectionId);
      } catch (AirbyteDataException e) {
        throw CliException.usage(notA("state", e), e);
      }
      if (!state.getStateType().isKnown()) { // Airbyte would refuse or misread it; convert would pass it on
        throw CliException.usage("$.stateType '" + state.getStateType() + "' is not global, stream, legacy or"
            + " not_set; nothing was written");
      }
      return state;
    }

    /** "the state is not valid JSON: … (at $.path)" for a syntax error, else "not a state document: …". */
    static String notA(String what, AirbyteDataException e) {
      String message = Failures.message(e);
      Matcher syntax = SYNTAX_ERROR.matcher(message);
      return syntax.matches()
          ? "the " + what + " is not valid JSON: " + syntax.group(2) + " (at " + syntax.group(1) + ")"
          : "not a " + what + " document: " + message;
    }

    private static final Pattern SYNTAX_ERROR = Pattern.compile("(\\$\\S*) is not valid JSON: (.*)", Pattern.DOTALL);
  }
}
