package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest extends FakeAirbyte {
  @Test
  void helpListsEveryCommandAndExitsZero() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out)
        .contains("connection", "sync", "state", "catalog", "fake-server", "demo")
        .contains("AIRBYTE_API_ROOT", "AIRBYTE_CLIENT_SECRET", "--fake", "Exit codes");
  }

  @Test
  void everySubcommandHasHelp() {
    for (String[] command :
        new String[][] {
          {"connection", "show"}, {"connection", "delete"}, {"sync", "run"}, {"sync", "history"},
          {"state", "set"}, {"state", "convert"}, {"catalog", "dump"}, {"fake-server"}, {"demo"}
        }) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode).as(String.join(" ", command)).isEqualTo(0);
      assertThat(run.out).as(String.join(" ", command)).contains("Usage: airbytekit " + String.join(" ", command));
    }
  }

  @Test
  void missingCommandIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: missing command");
  }

  @Test
  void unknownOptionsAndMissingArgumentsAreUsageErrors() {
    assertThat(CliRun.run("--bogus", "state", "dump", "x").exitCode).isEqualTo(2);
    CliRun run = CliRun.run("state", "get", STREAM_CONN);
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: Missing required parameter");
  }

  @Test
  void environmentVariablesConfigureTheClient() {
    CliRun run = run("connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(object(run.out)).containsEntry("connectionId", STREAM_CONN);
  }

  @Test
  void optionsOverrideTheEnvironment() {
    CliRun run =
        CliRun.with()
            .env("AIRBYTE_API_ROOT", "http://127.0.0.1:9/nowhere/api/public/v1")
            .env("AIRBYTE_CLIENT_ID", "wrong")
            .env("AIRBYTE_CLIENT_SECRET", "wrong-secret")
            .run(
                "--api-url", server.apiRoot(),
                "--client-id", server.clientId(),
                "--client-secret", server.clientSecret(),
                "connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(0);
  }

  @Test
  void theConfigApiRootCanBeSetExplicitly() {
    CliRun right = cli().env("AIRBYTE_CONFIG_API_ROOT", server.configApiRoot()).run("state", "dump", STREAM_CONN);
    String elsewhere = server.apiRoot().replace("/api/public/v1", "/elsewhere/v1");
    CliRun wrong = cli().run("--config-api-url", elsewhere, "state", "dump", STREAM_CONN);
    CliRun unusable = cli().run("--config-api-url", "ftp://example", "state", "dump", STREAM_CONN);

    assertThat(right.exitCode).isZero();
    assertThat(wrong.exitCode).isIn(3, 4);
    assertThat(wrong.err.lines()).singleElement().asString().startsWith("error: ");
    assertThat(unusable.exitCode).isEqualTo(2);
  }

  @Test
  void theLongConfigApiVariableIsTheFallbackOfTheShortOne() {
    String elsewhere = server.apiRoot().replace("/api/public/v1", "/elsewhere/v1");
    CliRun fallback = cli().env("AIRBYTE_CLOUD_CONFIG_API_URL", server.configApiRoot()).run("state", "dump", STREAM_CONN);
    CliRun shortWins = cli().env("AIRBYTE_CONFIG_API_ROOT", server.configApiRoot())
        .env("AIRBYTE_CLOUD_CONFIG_API_URL", elsewhere).run("state", "dump", STREAM_CONN);
    CliRun longOnlyElsewhere = cli().env("AIRBYTE_CLOUD_CONFIG_API_URL", elsewhere).run("state", "dump", STREAM_CONN);

    assertThat(fallback.exitCode).isZero();
    assertThat(shortWins.exitCode).isZero();
    assertThat(longOnlyElsewhere.exitCode).isIn(3, 4);
  }

  @Test
  void bearerTokenModeWorks() {
    CliRun run =
        CliRun.with()
            .env("AIRBYTE_API_ROOT", server.apiRoot())
            .env("AIRBYTE_BEARER_TOKEN", server.issueToken())
            .run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(server.requests().tokensMinted()).isZero();
  }

  @Test
  void bothAuthModesAreAUsageErrorAndNothingIsSent() {
    CliRun run = cli().env("AIRBYTE_BEARER_TOKEN", "some-bearer-token").run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: use either a bearer token").doesNotContain("some-bearer-token");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void missingCredentialsAreAUsageError() {
    CliRun run = CliRun.with().env("AIRBYTE_API_ROOT", server.apiRoot()).run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ");
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void rejectedCredentialsExitThree() {
    CliRun run = cli().env("AIRBYTE_CLIENT_SECRET", "not-the-right-secret").run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ");
    assertThat(run.all()).doesNotContain("not-the-right-secret");
  }

  @Test
  void anUnreachableServerExitsThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun run =
        cli().env("AIRBYTE_API_ROOT", "http://127.0.0.1:" + port + "/api/public/v1").run("connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).startsWith("error: ");
  }

  @Test
  void aConnectionOfAnotherWorkspaceExitsSeven() {
    CliRun run = cli().run("--workspace-id", "11111111-2222-4333-8444-555555555555", "connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(7);
    assertThat(run.err).startsWith("error: ").contains(STREAM_CONN);
    assertThat(run.out).isEmpty();
  }

  @Test
  void withoutAWorkspaceIdTheConnectionsOwnIsFoundWithOneLookup() {
    CliRun run = run("state", "dump", STREAM_CONN);

    assertThat(run.exitCode).isZero();
    assertThat(server.requests().all())
        .extracting(call -> call.requestLine())
        .containsExactly(
            "POST /api/public/v1/applications/token",
            "GET /api/public/v1/connections/" + STREAM_CONN,
            "POST /api/v1/state/get");
  }

  @Test
  void theRightWorkspaceIsAccepted() {
    CliRun run = cli().env("AIRBYTE_WORKSPACE_ID", server.workspaceId()).run("connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(object(run.out)).containsEntry("workspaceId", server.workspaceId());
  }

  @Test
  void anUnknownConnectionExitsFour() {
    CliRun run = run("connection", "show", MISSING_CONN);

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err.lines()).singleElement().asString().startsWith("error: ");
  }

  @Test
  void stackTracesOnlyWithDebug() {
    CliRun plain = run("connection", "show", MISSING_CONN);
    CliRun debug = cli().run("--debug", "connection", "show", MISSING_CONN);

    assertThat(plain.err).doesNotContain("\tat ");
    assertThat(debug.err).contains("\tat ").contains("error: ");
    assertThat(debug.exitCode).isEqualTo(4);
  }

  @Test
  void fakeModeNeedsNoConfiguration() {
    CliRun run = CliRun.run("--fake", "state", "get", STREAM_CONN, "charges");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).contains("\"created\":1732406400");
  }

  @Test
  void secretsContainingDollarBracesAreNotExpanded() {
    try (FakeAirbyteServer odd = FakeAirbyteServer.builder().credentials("odd-client", "s3cr${et}-${env:HOME}").demoSeed().build()) {
      CliRun run =
          CliRun.with()
              .env("AIRBYTE_API_ROOT", odd.apiRoot())
              .env("AIRBYTE_CLIENT_ID", "odd-client")
              .env("AIRBYTE_CLIENT_SECRET", "s3cr${et}-${env:HOME}")
              .run("state", "dump", STREAM_CONN);

      assertThat(run.exitCode).as(run.err).isEqualTo(0);
    }
  }
}
