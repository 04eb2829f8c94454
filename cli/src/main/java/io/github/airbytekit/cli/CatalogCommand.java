package io.github.airbytekit.cli;

import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.domain.JsonForm;
import java.util.Optional;
import io.github.airbytekit.domain.StreamId;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catalog}: dump and import a connection's catalog; convert catalog files. */
@Command(
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false, // added in help order by AirbytekitCli
    name = "catalog",
    description = "Snapshot and restore a connection's catalog; convert catalog files.",
    synopsisSubcommandLabel = "(dump | import | convert)")
final class CatalogCommand {
  @Spec CommandSpec spec;

  @Command(
      mixinStandardHelpOptions = true,
      name = "dump",
      description = {
        "Print the catalog: the protocol form (ConfiguredAirbyteCatalog, every stream), with --raw"
            + " Airbyte's Config API syncCatalog, with --connector the strict protocol catalog of the"
            + " selected streams (what a connector's --catalog reads)."
      })
  int dump(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Option(names = "--raw", description = "The Config API syncCatalog instead.") boolean raw,
      @Option(names = "--connector", description = "Selected streams, protocol fields only.") boolean connector) {
    if (raw && connector) {
      throw CliException.usage("--raw and --connector exclude each other");
    }
    RootCommand root = RootCommand.of(spec);
    CloudConnection connection = root.session().connection(conn);
    Optional<String> json;
    if (connector) {
      json =
          connection
              .dumpRawSyncCatalog()
              .map(c -> AirbyteJson.configuredCatalog().write(CatalogConverter.toConnectorCatalog(c)));
    } else {
      json = connection.dumpRawCatalogJson(raw ? JsonForm.CONFIG_API : JsonForm.PROTOCOL);
    }
    if (json.isEmpty()) {
      root.note("connection " + conn + " has no catalog");
    }
    root.printJson(json.orElse("null"));
    return ExitCodes.OK;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "import",
      description = {
        "Replace the catalog with a file of either form (the output of 'catalog dump', with or"
            + " without --raw). Prints the stored catalog (protocol form). Exit 5 if a sync is running."
            + " Streams the connection's current catalog lacks are refused (exit 2, nothing written)"
            + " unless --allow-unknown-streams."
      })
  int importCatalog(
      @Parameters(index = "0", paramLabel = "CONN", description = "Connection id.") String conn,
      @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "Catalog file; - or absent: stdin.")
          @Nullable String file,
      @Option(
              names = "--allow-unknown-streams",
              description = "Send streams the connection's current catalog does not have, as they are.")
          boolean allowUnknownStreams) {
    RootCommand root = RootCommand.of(spec);
    SyncCatalog catalog = readCatalog(Inputs.bytesOfFileOrStdin(file, root.in));
    CloudConnection connection = root.session().connection(conn);
    if (!allowUnknownStreams) {
      refuseUnknownStreams(conn, catalog, connection.dumpRawSyncCatalog().orElse(null));
    }
    SyncCatalog stored = connection.importRawCatalog(catalog);
    root.printJson(AirbyteJson.configuredCatalog(), CatalogConverter.toProtocol(stored));
    return ExitCodes.OK;
  }

  /** Refuses (exit 2) the streams of {@code catalog} that {@code current} lacks: the source has no such stream. */
  private static void refuseUnknownStreams(String conn, SyncCatalog catalog, @Nullable SyncCatalog current) {
    List<StreamId> known = current == null ? List.of() : current.streamIds();
    List<String> unknown = catalog.streamIds().stream().filter(id -> !known.contains(id))
        .map(StreamId::displayName).collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw CliException.usage("the catalog names streams connection " + conn + " does not have: "
          + String.join(", ", unknown) + " (its source has " + known.size() + " streams); nothing was written."
          + " Use --allow-unknown-streams to send them anyway");
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "convert",
      description = {
        "Convert a catalog file between the Config API form (syncCatalog: {stream, config} entries,"
            + " camelCase) and the protocol form (ConfiguredAirbyteCatalog, snake_case). Either form"
            + " is accepted as input. No Airbyte access."
      })
  int convert(
      @Option(names = "--to", required = true, paramLabel = "protocol|config", description = "Target form.")
          String to,
      @Parameters(
              index = "0",
              arity = "0..1",
              paramLabel = "FILE",
              description = "Input file; - or absent: stdin.")
          @Nullable String file) {
    return convertFile(RootCommand.of(spec), to, file);
  }

  /** {@code catalog convert}, also run without picocli by {@link QuickConvert}. */
  static int convertFile(RootCommand root, String to, @Nullable String file) {
    return StateCommand.Forms.convert(
        root,
        to,
        file,
        CatalogCommand::readCatalog,
        (out, catalog) -> out.printJson(AirbyteJson.configuredCatalog(), CatalogConverter.toProtocol(catalog)),
        (out, catalog) -> out.printJson(AirbyteJson.syncCatalog(), catalog));
  }

  /** Reads a catalog of either form in the domain's single validating pass over the bytes. */
  static SyncCatalog readCatalog(byte[] json) {
    try {
      return AirbyteJson.readCatalogOfAnyForm(json);
    } catch (AirbyteDataException e) {
      throw CliException.usage(StateCommand.Forms.notA("catalog", e), e);
    }
  }
}
