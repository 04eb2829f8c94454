package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.testkit.junit5.FakeAirbyteTest;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@FakeAirbyteTest
@ExtendWith(ConformsToOpenApi.class)
class JournalTest {
  @Test
  void recordsMethodPathQueryHeadersAndStatus(FakeAirbyteServer server) {
    TestClients.raw(server, "GET", server.apiRoot() + "/jobs?limit=5&workspaceIds=a&workspaceIds=b", null);

    RecordedCall call = server.requests().last().orElseThrow();
    assertThat(call.method()).isEqualTo("GET");
    assertThat(call.path()).isEqualTo("/api/public/v1/jobs");
    assertThat(call.query()).containsEntry("limit", List.of("5")).containsEntry("workspaceIds", List.of("a", "b"));
    assertThat(call.queryParameter("limit")).isEqualTo("5");
    assertThat(call.responseStatus()).isEqualTo(200);
    assertThat(call.requestLine()).isEqualTo("GET /api/public/v1/jobs");
    assertThat(call.headers()).containsKey("authorization");
  }

  @Test
  void matchingSupportsWildcards(FakeAirbyteServer server) {
    TestClients.raw(server, "GET", server.apiRoot() + "/jobs/1", null);
    TestClients.raw(server, "GET", server.apiRoot() + "/jobs/2", null);
    TestClients.raw(server, "POST", server.configApiRoot() + "/jobs/get", "{\"id\":1}");

    assertThat(server.requests().matching("GET /api/public/v1/jobs/*").count()).isEqualTo(2);
    assertThat(server.requests().matching("* /api/**").count()).isEqualTo(3);
    assertThat(server.requests().matching("POST /api/v1/jobs/get").count()).isEqualTo(1);
    assertThat(server.requests().count()).isEqualTo(3);
  }

  @Test
  void expectCountNamesTheClosestRequestsOnMismatch(FakeAirbyteServer server) {
    TestClients.raw(server, "POST", server.configApiRoot() + "/state/get", "{}");

    assertThatThrownBy(() -> server.requests().matching("POST /api/v1/state/create_or_update_safe").expectCount(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected 1 request(s) matching \"POST /api/v1/state/create_or_update_safe\" but found 0")
        .hasMessageContaining("POST /api/v1/state/get");
  }

  @Test
  void awaitWaitsWithATimeout(FakeAirbyteServer server) {
    new Thread(() -> TestClients.raw(server, "GET", server.apiRoot() + "/jobs", null)).start();

    assertThat(server.requests().matching("GET /api/public/v1/jobs").await(1, Duration.ofSeconds(5))).hasSize(1);
    assertThatThrownBy(() -> server.requests().matching("DELETE /nothing").await(1, Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("within");
  }

  @Test
  void resetClearsTheJournal(FakeAirbyteServer server) {
    TestClients.raw(server, "GET", server.apiRoot() + "/jobs", null);
    server.reset();
    assertThat(server.requests().all()).isEmpty();
  }

  @Test
  void aFullJournalDropsTheOldestRequestsAndCountsThem() {
    try (FakeAirbyteServer small = FakeAirbyteServer.builder().journalCapacity(2).build()) {
      for (int i = 1; i <= 3; i++) {
        TestClients.raw(small, "GET", small.apiRoot() + "/jobs/" + i, null);
      }

      assertThat(small.requests().all()).extracting(RecordedCall::path)
          .containsExactly("/api/public/v1/jobs/2", "/api/public/v1/jobs/3");
      assertThat(small.requests().dropped()).isEqualTo(1);
      new Thread(() -> TestClients.raw(small, "GET", small.apiRoot() + "/jobs/4", null)).start();
      assertThat(small.requests().matching("GET /api/public/v1/jobs/4").await(1, Duration.ofSeconds(5))).hasSize(1);
      small.reset();
      assertThat(small.requests().dropped()).isZero();
    }
  }
}
