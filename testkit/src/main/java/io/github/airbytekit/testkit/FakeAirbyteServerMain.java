package io.github.airbytekit.testkit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeAirbyteServer} until the process is stopped, for non-JVM tests and the CLI.
 * Prints the API roots and the accepted credentials as {@code NAME=value} lines. The printed client
 * secret belongs to this throwaway fake only, which is why printing it is fine.
 *
 * <pre>{@code
 * java -cp "$(cat testkit.classpath)" io.github.airbytekit.testkit.FakeAirbyteServerMain --port 8000 --seed demo
 * }</pre>
 *
 * <p>Options: {@code --port N} (0 = any free port, the default), {@code --seed demo|empty|FILE}
 * (default {@code demo}), {@code --strict}, {@code --token-lifetime SECONDS},
 * {@code --client-id ID --client-secret SECRET}, {@code --allow-sub-hourly}, {@code --structured-logs} (attempt logs as events),
 * {@code --layout self-managed|cloud} (where the APIs are served, see {@link ApiLayout}),
 * {@code --airbyte-version VERSION}
 * ({@code latest}, the default, or a release such as {@code 1.6.0}; see {@link AirbyteVersion}).
 */
public final class FakeAirbyteServerMain {
  private static final String USAGE =
      "usage: FakeAirbyteServerMain [--port N] [--seed demo|empty|FILE] [--strict]"
          + " [--token-lifetime SECONDS] [--client-id ID --client-secret SECRET] [--allow-sub-hourly] [--structured-logs]"
          + " [--layout self-managed|cloud]"
          + " [--airbyte-version " + String.join("|", names()) + "]";

  private FakeAirbyteServerMain() {}

  /**
   * Entry point; see the class documentation for the options. Exits with 2 on bad options.
   *
   * @param args the command line
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      System.out.println(USAGE);
      return;
    }
    FakeAirbyteServer server;
    try {
      server = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "fake-airbyte-shutdown"));
    stopped.await();
  }

  /**
   * Starts a fake as the command line asks and prints how to reach it.
   *
   * @throws IllegalArgumentException for unknown or malformed options
   */
  static FakeAirbyteServer start(String[] args, PrintStream out) {
    FakeAirbyteServer.Builder builder = FakeAirbyteServer.builder().adminEndpoint(true);
    String seed = "demo";
    String clientId = null;
    String clientSecret = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port":
          builder.port(number(value(args, ++i, arg), arg));
          break;
        case "--seed":
          seed = value(args, ++i, arg);
          break;
        case "--strict":
          builder.strict(true);
          break;
        case "--layout":
          builder.layout(layout(value(args, ++i, arg)));
          break;
        case "--structured-logs":
          builder.structuredLogs(true);
          break;
        case "--allow-sub-hourly":
          builder.allowSubHourlySchedules();
          break;
        case "--airbyte-version":
          builder.airbyteVersion(AirbyteVersion.of(value(args, ++i, arg)));
          break;
        case "--token-lifetime":
          builder.tokenLifetime(Duration.ofSeconds(number(value(args, ++i, arg), arg)));
          break;
        case "--client-id":
          clientId = value(args, ++i, arg);
          break;
        case "--client-secret":
          clientSecret = value(args, ++i, arg);
          break;
        default:
          throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    if ((clientId == null) != (clientSecret == null)) {
      throw new IllegalArgumentException("--client-id and --client-secret go together");
    }
    if (clientId != null && clientSecret != null) {
      builder.credentials(clientId, clientSecret);
    }
    if (seed.equals("demo")) {
      builder.demoSeed();
    } else if (!seed.equals("empty")) {
      Path file = Path.of(seed);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--seed must be demo, empty or a JSON file: " + seed);
      }
      builder.seedFile(file);
    }
    FakeAirbyteServer server = builder.build();
    out.println("# Fake Airbyte " + server.airbyteVersion() + " is running (seed: " + seed + "). Stop it with Ctrl-C.");
    out.println("AIRBYTE_API_ROOT=" + server.apiRoot());
    out.println("AIRBYTE_CONFIG_API_ROOT=" + server.configApiRoot());
    out.println("AIRBYTE_WORKSPACE_ID=" + server.workspaceId());
    out.println("AIRBYTE_VERSION=" + server.airbyteVersion());
    out.println("AIRBYTE_FAKE_ADMIN=" + server.adminRoot());
    out.println("AIRBYTE_CLIENT_ID=" + server.clientId());
    // A throwaway credential of this fake, so printing it leaks nothing.
    out.println("AIRBYTE_CLIENT_SECRET=" + server.clientSecret());
    out.flush();
    return server;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    AirbyteVersion.supported().forEach(version -> names.add(version.name()));
    return names;
  }

  private static ApiLayout layout(String value) {
    switch (value) {
      case "self-managed":
        return ApiLayout.SELF_MANAGED;
      case "cloud":
        return ApiLayout.CLOUD;
      default:
        throw new IllegalArgumentException("--layout must be self-managed or cloud, got: " + value);
    }
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String value, String option) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got: " + value, e);
    }
  }
}
