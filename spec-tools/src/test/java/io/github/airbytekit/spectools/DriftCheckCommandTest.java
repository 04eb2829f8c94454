package io.github.airbytekit.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The command line: exit codes, text and JSON reports, allow-lists and URLs. */
class DriftCheckCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DriftCheck.execute(
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private static String[] pair(String name, String... more) {
    String[] base = {
      "--no-builtin-allowlist",
      "--ours-public=" + Pairs.ours(name),
      "--upstream-public=" + Pairs.upstream(name)
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noDriftExitsZero() {
    assertThat(run(pair("identical"))).isEqualTo(DriftCheck.EXIT_NO_BREAKING_DRIFT);
    assertThat(out()).contains("Result: 0 breaking, 0 additive, 0 warnings, 0 allowed");
  }

  @Test
  void additiveDriftExitsZeroAndListsTheFindings() {
    assertThat(run(pair("additive"))).isZero();
    assertThat(out())
        .contains("Result: 0 breaking, 1 additive, 0 warnings, 0 allowed")
        .contains("  [public] GET /jobs → 200 → JobsResponse.data[].status: enum value 'x' added upstream (ENUM_VALUE_ADDED)");
  }

  @Test
  void breakingDriftExitsOneAndListsBreakingFindingsFirst() {
    assertThat(run(pair("responses"))).isEqualTo(DriftCheck.EXIT_BREAKING_DRIFT);
    String text = out();
    assertThat(text).contains("Result: 12 breaking, 20 additive, 3 warnings, 0 allowed");
    assertThat(text.indexOf("BREAKING:")).isLessThan(text.indexOf("ADDITIVE:"));
    assertThat(text.indexOf("ADDITIVE:")).isLessThan(text.indexOf("WARNING:"));
    assertThat(text).contains("  [public] GET /jobs/{jobId} → 201: response not documented upstream (RESPONSE_MISSING)");
  }

  @Test
  @SuppressWarnings("unchecked") // the parsed JSON is a tree of plain maps and lists
  void jsonReportNamesEverySchemaPathInAsciiJson() {
    assertThat(run(pair("responses", "--json"))).isEqualTo(1);
    String json = out();
    assertThat(json.chars()).allMatch(c -> c < 0x80);
    Map<String, Object> report = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    assertThat((Map<Object, Object>) report.get("summary"))
        .containsEntry("breaking", 12)
        .containsEntry("additive", 20)
        .containsEntry("warnings", 3)
        .containsEntry("allowed", 0);
    List<Object> findings = (List<Object>) report.get("findings");
    assertThat(findings).hasSize(35);
    assertThat(findings)
        .contains(Map.of(
            "api", "public",
            "severity", "ADDITIVE",
            "kind", "ENUM_VALUE_ADDED",
            "breaking", false,
            "where", "GET /jobs → 200 → JobsResponse.data[].status",
            "message", "enum value 'cancelled' added upstream"));
    assertThat((List<Object>) report.get("sources")).singleElement()
        .isEqualTo(Map.of("api", "public", "ours", Pairs.ours("responses").toString(),
            "upstream", Pairs.upstream("responses").toString()));
  }

  @Test
  void jsonFileGetsTheJsonReportNextToTheTextOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reports/drift.json");
    assertThat(run(pair("additive", "--json-file=" + file))).isZero();
    assertThat(out()).startsWith("OpenAPI drift check");
    assertThat(Files.readString(file)).contains("\"additive\": 1");
  }

  @Test
  void allowListAcceptsExactFindingsAndFlagsStaleEntries() {
    String allowList = Pairs.resource("drift/operations/allowlist.yaml").toString();
    assertThat(run(pair("operations", "--allowlist=" + allowList))).isZero();
    assertThat(out())
        .contains("Result: 0 breaking, 2 additive, 1 warning, 6 allowed")
        .contains("  [public] DELETE /things/{id}: operation not found upstream (OPERATION_MISSING), breaking, allowed: test")
        .contains("  [public] GET /nowhere → 200 → Nothing.field:"
            + " allow-list entry for FIELD_MISSING matched nothing; remove it (ALLOWLIST_ENTRY_UNUSED)")
        .doesNotContain("/v1/nowhere");
  }

  @Test
  void upstreamCanBeAUrl() throws IOException {
    byte[] body = Files.readAllBytes(Pairs.upstream("responses"));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api.yaml", exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(run("--no-builtin-allowlist", "--ours-public=" + Pairs.ours("responses"),
          "--upstream-public=" + base + "/api.yaml")).isEqualTo(1);
      assertThat(out()).contains("upstream " + base + "/api.yaml").contains("Result: 12 breaking");

      assertThat(run("--ours-public=" + Pairs.ours("responses"), "--upstream-public=" + base + "/missing.yaml"))
          .isEqualTo(DriftCheck.EXIT_ERROR);
      assertThat(err()).contains("Cannot read " + base + "/missing.yaml").contains("HTTP 404");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void withoutAnUpstreamDocumentItIsAUsageError() {
    assertThat(run("--upstream-public=", "--upstream-config=")).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(err()).contains("give --upstream-dir, or --upstream-public and/or --upstream-config");
  }

  @Test
  void unknownOptionsAndUnreadableDocumentsExitTwo() {
    assertThat(run("--upstream-publik=x")).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(run("--upstream-public=/no/such/file.yaml")).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(err()).contains("Cannot read /no/such/file.yaml");
  }

  @Test
  void aDocumentThatIsNotOpenApiExitsTwo(@TempDir Path dir) throws IOException {
    Path notYaml = Files.writeString(dir.resolve("bad.yaml"), "- just\n- a list\n");
    assertThat(run("--upstream-public=" + notYaml)).isEqualTo(DriftCheck.EXIT_ERROR);
    assertThat(err()).contains("has no top-level object");
  }

  @Test
  void ourDocumentsAreReadFromTheOpenapiJarByDefault() {
    assertThat(OpenApiDocument.load(DriftCheck.OUR_PUBLIC).openApiVersion()).startsWith("3.");
    assertThat(OpenApiDocument.load(DriftCheck.OUR_CONFIG).openApiVersion()).startsWith("3.");
  }
}
