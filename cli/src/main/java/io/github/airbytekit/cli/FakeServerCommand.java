package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.testkit.AirbyteVersion;
import io.github.airbytekit.testkit.ApiLayout;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fake-server}: runs the testkit's fake Airbyte in the foreground until the process is stopped. */
@Command(
    mixinStandardHelpOptions = true,
    name = "fake-server",
    header = "Run a fake Airbyte in the foreground, to try commands or test scripts.",
    description = {
      "Run a fake Airbyte (public and Config API, in memory) in the foreground until stopped"
          + " (Ctrl-C), e.g. to try the other commands or test a script without an account.",
      "Prints its roots, credentials and connections as JSON on stdout, and export lines on stderr."
          + " The credentials belong to this throwaway fake only."
    })
final class FakeServerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port on 127.0.0.1 (default: any free one).")
  int port;

  @Option(
      names = "--seed",
      paramLabel = "demo|empty|FILE",
      defaultValue = "demo",
      description = "Initial data: the demo data set (default), nothing, or a seed file (see the testkit README).")
  String seed;

  @Option(names = "--strict", description = "Refuse unknown request properties with 400, like Airbyte's strict JSON mode.")
  boolean strict;

  @Option(
      names = "--layout",
      paramLabel = "self-managed|cloud",
      defaultValue = "self-managed",
      description = "Where the APIs are served: self-managed (public API at /api/public/v1, the default) or cloud"
          + " (public API at /v1); the Config API is at /api/v1 in both.")
  String layout;

  @Option(
      names = "--structured-logs",
      description = "Send jobs/get attempt logs as structured events (logType structured), as newer Airbyte servers"
          + " do, instead of plain lines.")
  boolean structuredLogs;

  @Option(
      names = "--airbyte-version",
      paramLabel = "VERSION",
      defaultValue = "latest",
      description = "Behave as this Airbyte release (1.4.0, 1.6.0, 1.8.0, 2.0.0): only what it guarantees in every"
          + " response, its enum values and job-list default. Default: latest, full responses.")
  String airbyteVersion;

  @Override
  public Integer call() {
    RootCommand root = RootCommand.of(spec);
    if (port < 0 || port > 65535) {
      throw CliException.usage("--port must be between 0 and 65535, was " + port);
    }
    AirbyteVersion version;
    try {
      version = AirbyteVersion.of(airbyteVersion);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--airbyte-version: " + e.getMessage(), e);
    }
    FakeAirbyteServer.Builder builder = FakeAirbyteServer.builder().port(port).strict(strict).airbyteVersion(version)
        .structuredLogs(structuredLogs).layout(layout());
    if (seed.equals("demo")) {
      builder.demoSeed();
    } else if (!seed.equals("empty")) {
      Path file = Path.of(seed);
      if (!Files.isRegularFile(file)) {
        throw CliException.usage("--seed must be demo, empty or a seed file; no such file: " + seed);
      }
      builder.seedFile(file);
    }
    FakeAirbyteServer server;
    try {
      server = builder.build();
    } catch (UncheckedIOException e) {
      throw CliException.usage("cannot listen on port " + port + ": " + Failures.message(e.getCause()), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "airbytekit-fake-server-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      List<CloudConnection> connections = connections(server, root);
      root.printJson(
          w -> {
            w.beginObject();
            w.name("apiUrl").value(server.apiRoot());
            w.name("configApiUrl").value(server.configApiRoot());
            w.name("workspaceId").value(server.workspaceId());
            w.name("clientId").value(server.clientId());
            w.name("clientSecret").value(server.clientSecret());
            w.name("seed").value(seed);
            w.name("airbyteVersion").value(server.airbyteVersion().name());
            w.name("connections").beginArray();
            for (CloudConnection connection : connections) {
              w.beginObject();
              w.name("connectionId").value(connection.connectionId());
              w.name("name").value(connection.name());
              w.endObject();
            }
            w.endArray();
            w.endObject();
          });
      root.err.println("Fake Airbyte " + server.airbyteVersion() + " listening on " + server.apiRoot()
          + " (stop it with Ctrl-C). In another shell:");
      root.err.println("  export AIRBYTE_API_ROOT=" + server.apiRoot());
      root.err.println("  export AIRBYTE_CONFIG_API_ROOT=" + server.configApiRoot());
      root.err.println("  export AIRBYTE_WORKSPACE_ID=" + server.workspaceId());
      root.err.println("  export AIRBYTE_CLIENT_ID=" + server.clientId());
      // The fake's own throwaway credential: printing it is the point.
      root.err.println("  export AIRBYTE_CLIENT_SECRET=" + server.clientSecret());
      if (!connections.isEmpty()) {
        root.err.println("  bin/airbytekit connection show " + connections.get(0).connectionId());
      }
      root.err.flush();
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped in-process (tests): shut down as Ctrl-C would, then keep the interrupt.
      interrupted = true;
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook runs anyway.
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private ApiLayout layout() {
    switch (layout) {
      case "self-managed":
        return ApiLayout.SELF_MANAGED;
      case "cloud":
        return ApiLayout.CLOUD;
      default:
        throw CliException.usage("--layout must be self-managed or cloud, was " + layout);
    }
  }

  private static List<CloudConnection> connections(FakeAirbyteServer server, RootCommand root) {
    try (CloudWorkspace workspace =
        CloudWorkspace.builder()
            .workspaceId(server.workspaceId())
            .apiRoot(server.apiRoot())
            .configApiRoot(server.configApiRoot())
            .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
            .build()) {
      return workspace.listConnections();
    }
  }
}
