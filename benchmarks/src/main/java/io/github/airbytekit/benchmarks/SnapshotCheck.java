package io.github.airbytekit.benchmarks;

import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.SnapshotOptions;
import io.github.airbytekit.connections.SnapshotReport;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.Seeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@code CloudWorkspace.snapshot} of many connections on the testkit's fake, which holds every answer for a
 * fixed delay (as a distant Airbyte would), once with one worker and once with four, and prints both times and
 * their ratio. Exits with status 1 when four workers are less than 3× faster.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.SnapshotCheck [connections] [delayMillis]
 * }</pre>
 * Defaults: 200 connections, 20 ms per request (each connection costs four requests).
 */
public final class SnapshotCheck {
  private SnapshotCheck() {}

  /**
   * Runs the check.
   *
   * @param args optional: number of connections, delay per request in milliseconds
   * @throws IOException if the temporary directories cannot be made or removed
   */
  public static void main(String[] args) throws IOException {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 20);
    try (FakeAirbyteServer server = FakeAirbyteServer.start();
        CloudWorkspace workspace = CloudWorkspace.builder()
            .workspaceId(server.workspaceId())
            .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
            .apiRoot(server.apiRoot())
            .build()) {
      seed(server, connections);
      workspace.snapshot(Files.createTempDirectory("snapshot-warm-up"),
          SnapshotOptions.builder().addConnectionIds(id(0)).build()); // class loading, JIT of the first calls
      Duration one = timed(server, workspace, 1, delay, connections);
      Duration four = timed(server, workspace, 4, delay, connections);
      double ratio = (double) one.toNanos() / four.toNanos();
      System.out.printf(Locale.ROOT, "snapshot of %d connections, %d ms per request (4 requests each)%n",
          connections, delay.toMillis());
      System.out.printf(Locale.ROOT, "concurrency 1: %.2f s%n", one.toNanos() / 1e9);
      System.out.printf(Locale.ROOT, "concurrency 4: %.2f s%n", four.toNanos() / 1e9);
      System.out.printf(Locale.ROOT, "ratio: %.2fx (required: at least 3x)%n", ratio);
      if (ratio < 3) {
        System.exit(1);
      }
    }
  }

  private static Duration timed(FakeAirbyteServer server, CloudWorkspace workspace, int concurrency,
      Duration delay, int connections) throws IOException {
    Path directory = Files.createTempDirectory("snapshot-c" + concurrency);
    server.faults().clear();
    server.faults().on("* /**").times(Integer.MAX_VALUE).delay(delay);
    try {
      long start = System.nanoTime();
      SnapshotReport report = workspace.snapshot(directory,
          SnapshotOptions.builder().concurrency(concurrency).build());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (report.written().size() != connections) {
        throw new IllegalStateException("expected " + connections + " written, got " + report.getEntries());
      }
      return took;
    } finally {
      server.faults().clear();
      delete(directory);
    }
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "5a95e000-0000-4000-8000-%012d", i);
  }

  private static void seed(FakeAirbyteServer server, int connections) {
    Seeder seeder = server.seed();
    SyncCatalog catalog = SyncCatalog.builder()
        .addStreams(SyncCatalogEntry.builder()
            .stream(CatalogStream.builder().name("users").namespace("public")
                .jsonSchema(RawJson.of("{\"type\":\"object\"}")).supportedSyncModes(List.of(SyncMode.INCREMENTAL))
                .build())
            .config(StreamConfig.builder().syncMode(SyncMode.INCREMENTAL).selected(true).build())
            .build())
        .build();
    for (int i = 0; i < connections; i++) {
      String id = id(i);
      ConnectionState state = ConnectionState.builder().stateType(StateType.STREAM).connectionId(id)
          .streamState(List.of(StreamState.builder().streamDescriptor(StreamDescriptor.of("users", "public"))
              .streamState(RawJson.of("{\"cursor\":" + i + "}")).build()))
          .build();
      seeder.connection(id, c -> c.syncCatalog(catalog).state(state));
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
