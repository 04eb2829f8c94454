package io.github.airbytekit.benchmarks;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.connections.CloudWorkspace;
import io.github.airbytekit.connections.PollPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.connections.SyncOptions;
import io.github.airbytekit.connections.SyncProgress;
import io.github.airbytekit.connections.SyncResult;
import io.github.airbytekit.connections.WaitOptions;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for many concurrent syncs on the testkit's fake with {@code runSyncAsync} and prints the peak number of
 * live threads beyond the baseline (the fake started, the workspace built and one request made, before any
 * asynchronous wait), split into the client's threads and the fake's, and the latency each poll adds to its pause
 * (the gap between two observations of a job minus the poll interval: queueing, scheduling and the HTTP round trip
 * to the fake).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.AsyncWaitCheck [syncs] [runningPolls] [intervalMillis]
 * }</pre>
 * Defaults: 1,000 syncs, each running for 3 polls before it succeeds, polled every 1,000 ms.
 */
public final class AsyncWaitCheck {
  private AsyncWaitCheck() {}

  /**
   * Runs the check.
   *
   * @param args optional: number of syncs, polls that answer running, poll interval in milliseconds
   * @throws Exception if a wait fails
   */
  public static void main(String[] args) throws Exception {
    int syncs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runningPolls = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Duration interval = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000);
    FakeJobStatus[] script = new FakeJobStatus[runningPolls + 1];
    Arrays.fill(script, FakeJobStatus.RUNNING);
    script[runningPolls] = FakeJobStatus.SUCCEEDED;

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (FakeAirbyteServer server = FakeAirbyteServer.start();
        CloudWorkspace workspace = CloudWorkspace.builder()
            .workspaceId(server.workspaceId())
            .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
            .apiRoot(server.apiRoot())
            .pollPolicy(PollPolicy.builder().initialInterval(interval).maxInterval(interval).multiplier(1).build())
            .build()) {
      List<CloudConnection> connections = seed(server, workspace, syncs + 1, script);
      connections.get(syncs).checkIsValid(); // token, one HTTP connection: part of the baseline
      ThreadSampler sampler = ThreadSampler.start();
      int baseline = threads.getThreadCount();
      Map<String, Integer> baselineGroups = ThreadSampler.groups();
      threads.resetPeakThreadCount();

      Run many = run(connections.subList(0, syncs), interval);
      int peak = threads.getPeakThreadCount();
      Map<String, Integer> peakGroups = sampler.stop();

      Run one = run(connections.subList(syncs, syncs + 1), interval);

      System.out.printf("syncs=%d, polls per sync=%d (+ the create-job answer), interval=%d ms%n", syncs,
          runningPolls + 1, interval.toMillis());
      System.out.printf("baseline live threads=%d %s%n", baseline, baselineGroups);
      System.out.printf("peak live threads=%d, beyond baseline=%d; sampled peak by group %s%n", peak,
          peak - baseline, peakGroups);
      System.out.printf("peak client threads beyond baseline (airbytekit-wait-*, OkHttp*)=%d%n",
          client(peakGroups) - client(baselineGroups));
      many.print(syncs + " concurrent");
      one.print("1 alone");
    }
  }

  private static int client(Map<String, Integer> groups) {
    return groups.entrySet().stream().filter(e -> e.getKey().startsWith("airbytekit-wait")
        || e.getKey().startsWith("OkHttp")).mapToInt(Map.Entry::getValue).sum();
  }

  private static List<CloudConnection> seed(FakeAirbyteServer server, CloudWorkspace workspace, int count,
      FakeJobStatus[] script) {
    server.seed().source("50505050-0000-4000-8000-000000000001", "Postgres", "postgres")
        .destination("de5de5de-0000-4000-8000-000000000001", "BigQuery", "bigquery");
    List<CloudConnection> connections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("0c0c0c0c-0000-4000-8000-%012d", i);
      server.seed().connection(id);
      server.jobs().script(id, script);
      connections.add(workspace.getConnection(id));
    }
    return connections;
  }

  private static Run run(List<CloudConnection> connections, Duration interval) throws Exception {
    Queue<Long> addedMicros = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    List<CompletableFuture<SyncResult>> futures = new ArrayList<>();
    for (CloudConnection connection : connections) {
      List<Duration> seen = new ArrayList<>();
      futures.add(connection.runSyncAsync(SyncOptions.builder()
          .waitOptions(WaitOptions.builder().timeout(Duration.ofMinutes(10)).raiseOnFailure(true)
              .progressListener(progress -> observe(progress, seen, interval, addedMicros)).build())
          .build()));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(15, TimeUnit.MINUTES);
    return new Run(Duration.ofNanos(System.nanoTime() - start), new ArrayList<>(addedMicros));
  }

  /** Called on one worker at a time per wait: the wait's steps are sequential. */
  private static void observe(SyncProgress progress, List<Duration> seen, Duration interval, Queue<Long> added) {
    if (!seen.isEmpty()) {
      Duration gap = progress.getElapsed().minus(seen.get(seen.size() - 1));
      added.add(gap.minus(interval).toNanos() / 1000);
    }
    seen.add(progress.getElapsed());
  }

  /** The figures of one run. */
  private record Run(Duration wall, List<Long> addedMicros) {
    void print(String label) {
      List<Long> sorted = new ArrayList<>(addedMicros);
      sorted.sort(null);
      double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
      System.out.printf("%s: all done in %d ms; added latency per poll over %d polls: mean %.2f ms, p50 %.2f ms,"
              + " p99 %.2f ms, max %.2f ms%n", label, wall.toMillis(), sorted.size(), mean / 1000,
          at(sorted, 0.5) / 1000.0, at(sorted, 0.99) / 1000.0, at(sorted, 1.0) / 1000.0);
    }

    private static long at(List<Long> sorted, double quantile) {
      return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile
          * (sorted.size() - 1))));
    }
  }

  /** Samples the live threads by name group every few milliseconds and keeps the sample with the most. */
  private static final class ThreadSampler implements Runnable {
    private final Thread thread = new Thread(this, "thread-sampler");
    private volatile boolean running = true;
    private Map<String, Integer> most = Map.of();

    static ThreadSampler start() {
      ThreadSampler sampler = new ThreadSampler();
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        Map<String, Integer> now = groups();
        if (total(now) > total(most)) {
          most = now;
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    Map<String, Integer> stop() throws InterruptedException {
      running = false;
      thread.join();
      return most;
    }

    /** Live threads by name, digits dropped (so {@code airbytekit-wait-1-io-3} is {@code airbytekit-wait-#-io-#}). */
    static Map<String, Integer> groups() {
      Map<String, Integer> groups = new TreeMap<>();
      for (Thread live : Thread.getAllStackTraces().keySet()) {
        groups.merge(live.getName().replaceAll("\\d+", "#").replaceAll("\\[.*", ""), 1, Integer::sum);
      }
      return groups;
    }

    private static int total(Map<String, Integer> groups) {
      return groups.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
