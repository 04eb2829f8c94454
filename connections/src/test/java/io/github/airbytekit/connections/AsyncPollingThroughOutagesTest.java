package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous waits meet Airbyte being away: every scenario runs twice from the same instant against fresh
 * fakes, once blocking and once on a {@link ManualScheduler}, and both must send the same requests at the same
 * virtual instants and end alike (the same status, or the same exception with the same message and cause).
 */
class AsyncPollingThroughOutagesTest {
  private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
  private static final String POLLS = "GET /api/public/v1/jobs/*";
  private static final String POLL = "GET /api/public/v1/jobs/1";
  private static final RetryPolicy NO_RETRIES = RetryPolicy.none();
  private static final SyncOptions WAIT_20S = SyncOptions.builder()
      .waitOptions(WaitOptions.builder().timeout(Duration.ofSeconds(20)).build()).build();

  private final List<World> worlds = new ArrayList<>();

  @AfterEach
  void tearDown() {
    worlds.forEach(world -> world.server.close());
  }

  /** How a wait ended, and every request it caused: line, answer status, virtual time since the start. */
  record Outcome(String end, List<String> calls) {
    long polls(int status) {
      return calls.stream().filter(call -> call.startsWith(POLL + " -> " + status + " ")).count();
    }
  }

  /** A fake and a workspace on one virtual timeline; with a {@link ManualScheduler} for the asynchronous runs. */
  private final class World {
    final VirtualTime time = new VirtualTime(START);
    final ManualScheduler scheduler = new ManualScheduler(time);
    final FakeAirbyteServer server = FakeAirbyteServer.builder().clock(time.clock()).build();
    final CloudConnection connection;

    World(RetryPolicy retries, Consumer<World> arrange) {
      worlds.add(this);
      Fixtures.seedConnection(server, "nightly");
      server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
      arrange.accept(this);
      connection = Fixtures.builder(server, time).retryPolicy(retries).scheduler(scheduler).build()
          .getConnection(CONNECTION_ID);
    }

    Outcome blocking(Function<CloudConnection, SyncResult> run) {
      String end;
      try {
        end = run.apply(connection).status().toString();
      } catch (RuntimeException e) {
        end = describe(e);
      }
      return outcome(end);
    }

    Outcome async(Function<CloudConnection, CompletableFuture<SyncResult>> run) {
      CompletableFuture<SyncResult> future = run.apply(connection);
      scheduler.runUntilIdle();
      assertThat(future).isDone();
      String end;
      try {
        end = future.join().status().toString();
      } catch (CompletionException e) {
        end = describe(e.getCause());
      }
      return outcome(end);
    }

    private Outcome outcome(String end) {
      return new Outcome(end, server.requests().all().stream()
          .map(call -> call.requestLine() + " -> " + call.responseStatus() + " at +" + since(call))
          .collect(Collectors.toList()));
    }

    private String describe(Throwable e) {
      String port = ":" + server.apiRoot().replaceFirst("^https?://[^:/]+:(\\d+).*$", "$1");
      String text = e.getClass().getSimpleName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getSimpleName()
              + " with " + e.getCause().getSuppressed().length + " suppressed");
      return text.replace(port, ":<port>");
    }
  }

  private static Duration since(RecordedCall call) {
    return Duration.between(START, call.receivedAt());
  }

  /** Runs the blocking and the asynchronous variant in worlds arranged alike, and returns the asynchronous one. */
  private Outcome sameAsBlocking(RetryPolicy retries, Consumer<World> arrange,
      Function<CloudConnection, SyncResult> blocking,
      Function<CloudConnection, CompletableFuture<SyncResult>> async) {
    Outcome expected = new World(retries, arrange).blocking(blocking);
    World world = new World(retries, arrange);
    Outcome actual = world.async(async);
    assertThat(actual).isEqualTo(expected);
    if (retries.getMaxAttempts() == 1) {
      assertThat(world.time.sleeps()).isEmpty(); // every pause went through the scheduler: no thread was held
    }
    return actual;
  }

  @Test
  void aTransportOutageIsRiddenOutWithTheBlockingWaitsPauses() {
    Outcome outcome = sameAsBlocking(NO_RETRIES,
        w -> w.server.faults().on(POLLS).during(Duration.ofSeconds(4)).dropConnection(),
        c -> c.runSync(WAIT_20S), c -> c.runSyncAsync(WAIT_20S));

    assertThat(outcome.end()).isEqualTo(JobStatus.SUCCEEDED.toString());
    assertThat(outcome.calls()).filteredOn(call -> call.startsWith(POLL)).hasSizeGreaterThan(4 + 3);
    assertThat(outcome.calls().get(outcome.calls().size() - 1)).startsWith(POLL + " -> 200 at +PT4.");
  }

  @Test
  void aRateLimitWithRetryAfterIsWaitedOutByTheRetriesThenByTheWait() {
    // 4 attempts of the first poll get 429 (3 retries, 1 s each), the wait pauses blind, 2 more 429 on the next.
    Outcome outcome = sameAsBlocking(RetryPolicy.builder().maxAttempts(4).build(),
        w -> w.server.faults().on(POLLS).times(6).tooManyRequests(Duration.ofSeconds(1)),
        c -> c.runSync(WAIT_20S), c -> c.runSyncAsync(WAIT_20S));

    assertThat(outcome.end()).isEqualTo(JobStatus.SUCCEEDED.toString());
    assertThat(outcome.polls(429)).isEqualTo(6);
    assertThat(outcome.polls(200)).isEqualTo(3);
    assertThat(outcome.calls()).filteredOn(call -> call.startsWith(POLL))
        .element(3).asString().endsWith(" at +PT3.01S"); // first poll after 10 ms, then three 1 s Retry-After pauses
  }

  @Test
  void burstsOf5xxAreRiddenOutWithTheBlockingWaitsPauses() {
    Outcome outcome = sameAsBlocking(NO_RETRIES, w -> {
      w.server.faults().on(POLLS).times(3).respond(503);
      w.server.faults().on(POLLS).times(2).respond(502);
      w.time.at(Duration.ofMillis(200), () -> w.server.faults().on(POLLS).times(2).respond(500));
      w.server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING, FakeJobStatus.RUNNING,
          FakeJobStatus.RUNNING, FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
    }, c -> c.runSync(WAIT_20S), c -> c.runSyncAsync(WAIT_20S));

    assertThat(outcome.end()).isEqualTo(JobStatus.SUCCEEDED.toString());
    assertThat(List.of(outcome.polls(503), outcome.polls(502), outcome.polls(500))).containsExactly(3L, 2L, 2L);
  }

  @Test
  void anOutageLongerThanTheTimeoutFailsWithTheBlockingWaitsException() {
    Outcome outcome = sameAsBlocking(NO_RETRIES, w -> {
      w.server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
      w.time.at(Duration.ofMillis(50),
          () -> w.server.faults().on(POLLS).during(Duration.ofHours(1)).respond(503));
    }, c -> c.runSync(WAIT_20S), c -> c.runSyncAsync(WAIT_20S));

    assertThat(outcome.end())
        .startsWith("SyncTimeoutException: Sync job 1 of connection " + CONNECTION_ID
            + " did not finish within PT20S: Airbyte could not be polled (")
        .contains("; the job is still running; last seen running at 2026-06-01T08:00:00.")
        .endsWith(" caused by AirbyteApiException with 0 suppressed");
    assertThat(outcome.polls(503)).isGreaterThan(10);
    assertThat(outcome.calls().get(outcome.calls().size() - 1)).endsWith(" at +PT20S");
  }

  @Test
  void aCancelOnTimeoutThatMeetsTheOutageTooFailsAsTheBlockingWaitFails() {
    SyncOptions cancelling = SyncOptions.builder().waitOptions(WaitOptions.builder()
        .timeout(Duration.ofSeconds(5)).cancelOnTimeout(true).build()).build();

    Outcome outcome = sameAsBlocking(NO_RETRIES, w -> {
      w.server.jobs().script(CONNECTION_ID, FakeJobStatus.RUNNING);
      w.time.at(Duration.ofMillis(50), () -> {
        w.server.faults().on(POLLS).during(Duration.ofHours(1)).respond(503);
        w.server.faults().on("DELETE /api/public/v1/jobs/*").during(Duration.ofHours(1)).respond(503);
      });
    }, c -> c.runSync(cancelling), c -> c.runSyncAsync(cancelling));

    assertThat(outcome.end()).startsWith("SyncTimeoutException: ")
        .contains("; the job is still running; last seen running at ")
        .endsWith(" caused by AirbyteApiException with 1 suppressed"); // the failed DELETE
    assertThat(outcome.calls().get(outcome.calls().size() - 1))
        .isEqualTo("DELETE /api/public/v1/jobs/1 -> 503 at +PT5S");
  }

  @Test
  void aRefusedPollFailsTheFutureAtOnceAsItFailsTheBlockingWait() {
    Outcome outcome = sameAsBlocking(NO_RETRIES,
        w -> w.server.faults().on(POLLS).during(Duration.ofHours(1)).respond(400),
        c -> c.runSync(WAIT_20S), c -> c.runSyncAsync(WAIT_20S));

    assertThat(outcome.end()).startsWith("AirbyteApiException: ");
    assertThat(outcome.polls(400)).isEqualTo(1);
  }

  @Test
  void runJobAsyncRidesOutAnOutageAsRunJobDoes() {
    JobRequest reset = JobRequest.builder().jobType(JobType.RESET).syncOptions(WAIT_20S).build();

    Outcome outcome = sameAsBlocking(NO_RETRIES,
        w -> w.server.faults().on(POLLS).during(Duration.ofSeconds(2)).respond(503),
        c -> c.runJob(reset), c -> c.runJobAsync(reset));

    assertThat(outcome.end()).isEqualTo(JobStatus.SUCCEEDED.toString());
    assertThat(outcome.polls(503)).isGreaterThan(2);
  }
}
