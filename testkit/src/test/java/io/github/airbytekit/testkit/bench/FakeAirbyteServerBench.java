package io.github.airbytekit.testkit.bench;

import io.github.airbytekit.testkit.DemoSeed;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Benchmark (not a test): median warm start + first response, and requests per second with one
 * client on loopback. Run from the repository root:
 *
 * <pre>
 * mvn -B -q -o -pl testkit test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.airbytekit.testkit.bench.FakeAirbyteServerBench
 * </pre>
 */
public final class FakeAirbyteServerBench {
  private FakeAirbyteServerBench() {}

  public static void main(String[] args) throws IOException {
    int warmup = 30;
    int starts = 50;
    int seconds = 5;
    OkHttpClient client = new OkHttpClient();

    // Warm start: JIT, class loading and the OkHttp client are warm; each round starts a new server.
    for (int i = 0; i < warmup; i++) {
      startAndFirstResponse(client);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      millis.add(startAndFirstResponse(client) / 1e6);
    }
    Collections.sort(millis);
    double median = (millis.get(starts / 2 - 1) + millis.get(starts / 2)) / 2;

    try (FakeAirbyteServer server = FakeAirbyteServer.builder().demoSeed().build()) {
      String token = server.issueToken();
      Request get =
          new Request.Builder()
              .url(server.apiRoot() + "/connections/" + DemoSeed.STREAM_CONNECTION_ID)
              .header("Authorization", "Bearer " + token)
              .build();
      long warmEnd = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < warmEnd) {
        call(client, get);
      }
      server.reset(); // also empties the journal the warm-up filled
      server.seedDemo();
      long count = 0;
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        call(client, get);
        count++;
      }
      double perSecond = count / ((System.nanoTime() - start) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "warm start + first response: median %.1f ms (p10 %.1f, p90 %.1f; %d starts)%n",
          median,
          millis.get(starts / 10),
          millis.get(starts * 9 / 10),
          starts);
      System.out.printf(
          Locale.ROOT,
          "sequential GET /connections/{id}, one client, loopback: %.0f requests/s (%d in %d s)%n",
          perSecond,
          count,
          seconds);
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private static long startAndFirstResponse(OkHttpClient client) throws IOException {
    long start = System.nanoTime();
    try (FakeAirbyteServer server = FakeAirbyteServer.start()) {
      Request request =
          new Request.Builder()
              .url(server.apiRoot() + "/workspaces/" + server.workspaceId())
              .header("Authorization", "Bearer " + server.issueToken())
              .build();
      call(client, request);
      return System.nanoTime() - start;
    }
  }

  private static void call(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("unexpected " + response.code());
      }
      response.body().bytes();
    }
  }
}
