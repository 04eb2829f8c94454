package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionCommandTest extends FakeAirbyte {
  @Test
  void showPrintsTheDocumentedFields() {
    CliRun run = run("connection", "show", STREAM_CONN);

    assertThat(run.exitCode).isZero();
    Map<String, Object> connection = object(run.out);
    assertThat(connection.keySet())
        .containsExactly(
            "connectionId", "name", "workspaceId", "sourceId", "destinationId", "status", "prefix",
            "streams", "schedule", "connectionUrl");
    assertThat(connection)
        .containsEntry("connectionId", STREAM_CONN)
        .containsEntry("name", "Stripe → Warehouse")
        .containsEntry("status", "active")
        .containsEntry("prefix", "stripe_")
        .containsEntry("streams", List.of("charges", "customers"))
        .containsEntry("schedule", Map.of("scheduleType", "cron", "cronExpression", "0 0 6 * * ?"));
    assertThat((String) connection.get("connectionUrl")).endsWith("/connections/" + STREAM_CONN);
  }

  @Test
  void renameSetPrefixAndSelectStreamsPrintTheUpdatedConnection() {
    assertThat(object(run("connection", "rename", STREAM_CONN, "Stripe v2").out)).containsEntry("name", "Stripe v2");
    assertThat(object(run("connection", "set-prefix", STREAM_CONN, "s2_").out)).containsEntry("prefix", "s2_");
    assertThat(object(run("connection", "select-streams", STREAM_CONN, "charges", "balance_transactions").out))
        .containsEntry("streams", List.of("charges", "balance_transactions"));

    assertThat(object(run("connection", "show", STREAM_CONN).out))
        .containsEntry("name", "Stripe v2")
        .containsEntry("prefix", "s2_");
  }

  @Test
  void selectingAnUnknownStreamChangesNothing() {
    CliRun run = run("connection", "select-streams", STREAM_CONN, "no_such_stream");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(writes()).isEmpty();
  }

  @Test
  void disableAndEnable() {
    assertThat(object(run("connection", "disable", STREAM_CONN).out)).containsEntry("status", "inactive");
    assertThat(object(run("connection", "disable", STREAM_CONN).out)).containsEntry("status", "inactive");
    assertThat(object(run("connection", "enable", STREAM_CONN).out)).containsEntry("status", "active");
    assertThat(server.requests().matching("PATCH /api/public/v1/connections/*").count()).isEqualTo(2);
  }

  @Test
  void scheduleWithQuartzCronOrManual() {
    assertThat(object(run("connection", "schedule", STREAM_CONN, "--cron", "0 0 12 * * ?").out))
        .containsEntry("schedule", Map.of("scheduleType", "cron", "cronExpression", "0 0 12 * * ?"));
    assertThat(object(run("connection", "schedule", STREAM_CONN, "--manual").out))
        .containsEntry("schedule", Map.of("scheduleType", "manual"));
  }

  @Test
  void anInvalidCronIsAUsageErrorAndNothingIsWritten() {
    CliRun unix = run("connection", "schedule", STREAM_CONN, "--cron", "0 12 * * *");
    CliRun garbage = run("connection", "schedule", STREAM_CONN, "--cron", "every day");

    assertThat(unix.exitCode).isEqualTo(2);
    assertThat(unix.err).startsWith("error: ").contains("Quartz");
    assertThat(garbage.exitCode).isEqualTo(2);
    assertThat(writes()).isEmpty();
  }

  @Test
  void scheduleNeedsExactlyOneOfCronAndManual() {
    assertThat(run("connection", "schedule", STREAM_CONN).exitCode).isEqualTo(2);
    assertThat(run("connection", "schedule", STREAM_CONN, "--manual", "--cron", "0 0 12 * * ?").exitCode)
        .isEqualTo(2);
    assertThat(server.requests().count()).isZero();
  }

  @Test
  void deleteRefusesInSafeModeWithoutWriting() {
    CliRun run = run("connection", "delete", STREAM_CONN, "--cascade-source");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ").contains("delete-me");
    assertThat(writes()).isEmpty();
  }

  @Test
  void deleteWithForceDeletes() {
    CliRun run = run("connection", "delete", NEW_CONN, "--force");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(object(run.out)).containsEntry("deleted", Map.of("connectionId", NEW_CONN));
    assertThat(writes()).containsExactly("DELETE /api/public/v1/connections/" + NEW_CONN);
  }

  @Test
  void aDeleteMeNameMayBeDeletedWithoutForce() {
    run("connection", "rename", NEW_CONN, "old faker (delete-me)");
    CliRun run = run("connection", "delete", NEW_CONN);

    assertThat(run.exitCode).as(run.err).isZero();
  }

  @Test
  void unknownConnectionExitsFour() {
    assertThat(run("connection", "rename", MISSING_CONN, "x").exitCode).isEqualTo(4);
    assertThat(writes()).isEmpty();
  }
}
