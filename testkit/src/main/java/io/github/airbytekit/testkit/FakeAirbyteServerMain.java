package io.github.airbytekit.testkit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeAirbyteServer} until the process is stopped, for non-JVM tests and the CLI.
 * Prints the API roots and the accepted credentials. The printed client secret belongs to this
 * throwaway fake only, which is why printing it is fine.
 *
 * <pre>{@code
 * java -cp airbytekit-testkit.jar:... io.github.airbytekit.testkit.FakeAirbyteServerMain --port 8000 --seed demo
 * }</pre>
 *
 * <p>Options: {@code --port N} (0 = any free port, the default), {@code --seed demo|empty|FILE}
 * (default {@code demo}), {@code --strict}, {@code --token-lifetime SECONDS},
 * {@code --client-id ID --client-secret SECRET}, {@code --allow-sub-hourly}.
 */
public final class FakeAirbyteServerMain {
  private FakeAirbyteServerMain() {}

  /** Entry point; see the class documentation for the options. */
  public static void main(String[] args) throws InterruptedException {
    FakeAirbyteServer.Builder builder = FakeAirbyteServer.builder();
    String seed = "demo";
    String clientId = null;
    String clientSecret = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port":
          builder.port(Integer.parseInt(value(args, ++i, arg)));
          break;
        case "--seed":
          seed = value(args, ++i, arg);
          break;
        case "--strict":
          builder.strict(true);
          break;
        case "--allow-sub-hourly":
          builder.allowSubHourlySchedules();
          break;
        case "--token-lifetime":
          builder.tokenLifetime(Duration.ofSeconds(Long.parseLong(value(args, ++i, arg))));
          break;
        case "--client-id":
          clientId = value(args, ++i, arg);
          break;
        case "--client-secret":
          clientSecret = value(args, ++i, arg);
          break;
        case "-h":
        case "--help":
          usage(System.out);
          return;
        default:
          System.err.println("unknown option: " + arg);
          usage(System.err);
          System.exit(2);
          return;
      }
    }
    if ((clientId == null) != (clientSecret == null)) {
      System.err.println("--client-id and --client-secret go together");
      System.exit(2);
    }
    if (clientId != null && clientSecret != null) {
      builder.credentials(clientId, clientSecret);
    }
    if (seed.equals("demo")) {
      builder.demoSeed();
    } else if (!seed.equals("empty")) {
      Path file = Path.of(seed);
      if (!Files.isRegularFile(file)) {
        System.err.println("seed must be demo, empty or a JSON file: " + seed);
        System.exit(2);
      }
      builder.seedFile(file);
    }
    FakeAirbyteServer server = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "fake-airbyte-shutdown"));
    PrintStream out = System.out;
    out.println("Fake Airbyte is running (seed: " + seed + "). Stop it with Ctrl-C.");
    out.println("AIRBYTE_API_ROOT=" + server.apiRoot());
    out.println("AIRBYTE_CONFIG_API_ROOT=" + server.configApiRoot());
    out.println("AIRBYTE_WORKSPACE_ID=" + server.workspaceId());
    out.println("AIRBYTE_CLIENT_ID=" + server.clientId());
    // A throwaway credential of this fake, so printing it leaks nothing.
    out.println("AIRBYTE_CLIENT_SECRET=" + server.clientSecret());
    out.flush();
    stopped.await();
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[index];
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: FakeAirbyteServerMain [--port N] [--seed demo|empty|FILE] [--strict]"
            + " [--token-lifetime SECONDS] [--client-id ID --client-secret SECRET] [--allow-sub-hourly]");
  }
}
