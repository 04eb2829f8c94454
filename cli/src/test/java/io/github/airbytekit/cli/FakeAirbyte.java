package io.github.airbytekit.cli;

import com.squareup.moshi.Moshi;
import io.github.airbytekit.testkit.DemoSeed;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.RecordedCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of command tests: a fresh fake with the demo data per test, and the CLI pointed at it. */
abstract class FakeAirbyte {
  static final String STREAM_CONN = DemoSeed.STREAM_CONNECTION_ID;
  static final String GLOBAL_CONN = DemoSeed.GLOBAL_CONNECTION_ID;
  static final String LEGACY_CONN = DemoSeed.LEGACY_CONNECTION_ID;
  static final String NEW_CONN = DemoSeed.NEVER_SYNCED_CONNECTION_ID;
  static final String MISSING_CONN = "00000000-0000-4000-8000-000000000000";

  FakeAirbyteServer server;

  @BeforeEach
  void startFake() {
    server = FakeAirbyteServer.builder().demoSeed().build();
  }

  @AfterEach
  void stopFake() {
    server.close();
  }

  /** A run configured through the environment variables, as a script would. */
  CliRun.Builder cli() {
    return CliRun.with()
        .env("AIRBYTE_API_ROOT", server.apiRoot())
        .env("AIRBYTE_CLIENT_ID", server.clientId())
        .env("AIRBYTE_CLIENT_SECRET", server.clientSecret());
  }

  CliRun run(String... args) {
    return cli().run(args);
  }

  /** Requests that change something on the server (token and read requests excluded). */
  List<String> writes() {
    return server.requests().all().stream()
        .filter(FakeAirbyte::isWrite)
        .map(RecordedCall::requestLine)
        .collect(Collectors.toList());
  }

  private static boolean isWrite(RecordedCall call) {
    String line = call.requestLine();
    if (call.method().equals("GET") || line.endsWith("/applications/token")) {
      return false;
    }
    // Config API reads are POSTs too.
    return !(line.endsWith("/state/get")
        || line.endsWith("/web_backend/connections/get")
        || line.endsWith("/jobs/get"));
  }

  static Object parse(String json) {
    try {
      return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return (Map<String, Object>) parse(json);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(String json) {
    return (List<Object>) parse(json);
  }
}
