package io.github.airbytekit.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.connections.internal.Dto;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both log shapes of the Config API's {@code jobs/get}: structured events and plain lines. */
class SyncAttemptLogTest {
  private static SyncAttempt attempt(Dto.Logs logs) {
    Dto.AttemptInfo info = new Dto.AttemptInfo();
    info.attempt = new Dto.Attempt();
    info.attempt.id = 7;
    info.attempt.status = "failed";
    info.attempt.recordsSynced = 12L;
    info.logs = logs;
    return new SyncAttempt(3, 0, info);
  }

  @Test
  void structuredEventsBecomeTimestampedLines() {
    Dto.LogEvent first = new Dto.LogEvent();
    first.timestamp = 1_700_000_000_000L;
    first.level = "INFO";
    first.message = "starting";
    Dto.LogEvent second = new Dto.LogEvent();
    second.message = "no level, no time";
    Dto.Logs logs = new Dto.Logs();
    logs.events = List.of(first, second);
    logs.logLines = List.of("ignored when events exist");

    SyncAttempt attempt = attempt(logs);

    assertThat(attempt.fullLogText()).isEqualTo("[2023-11-14T22:13:20Z] INFO: starting\n[] INFO: no level, no time");
    assertThat(attempt.status()).isEqualTo(JobStatus.FAILED);
    assertThat(attempt.attemptId()).isEqualTo(7);
    assertThat(attempt.recordsSynced()).isEqualTo(12);
    assertThat(attempt.bytesSynced()).isZero();
  }

  @Test
  void plainLogLinesAreJoined() {
    Dto.Logs logs = new Dto.Logs();
    logs.logLines = List.of("a", "b");

    assertThat(attempt(logs).fullLogText()).isEqualTo("a\nb");
  }

  @Test
  void noLogsIsEmptyText() {
    assertThat(attempt(new Dto.Logs()).fullLogText()).isEmpty();
  }
}
