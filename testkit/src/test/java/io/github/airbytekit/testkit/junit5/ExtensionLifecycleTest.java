package io.github.airbytekit.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.support.TestClients;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@org.junit.jupiter.api.extension.ExtendWith(io.github.airbytekit.testkit.support.ConformsToOpenApi.class)
class ExtensionLifecycleTest {
  static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class StaticField {
    // Per-class server in a @Nested class: a static field is allowed from Java 16 on.
    @RegisterExtension
    static final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create();

    static int port;

    @Test
    @Order(1)
    void firstTestSeeds() {
      port = airbyte.server().port();
      airbyte.server().seed().connection(CONNECTION);
      TestClients.raw(airbyte.server(), "GET", airbyte.server().apiRoot() + "/connections", null);
      assertThat(airbyte.server().requests().count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void secondTestSeesTheSameServerReset(FakeAirbyteServer injected) {
      assertThat(injected).isSameAs(airbyte.server());
      assertThat(injected.port()).isEqualTo(port);
      assertThat(injected.requests().count()).isZero();
      assertThat(TestClients.raw(injected, "GET", injected.apiRoot() + "/connections/" + CONNECTION, null).status).isEqualTo(404);
    }
  }

  @Nested
  class InstanceField {
    @RegisterExtension final FakeAirbyteServerExtension airbyte = FakeAirbyteServerExtension.create();

    @Test
    void serverLivesForTheTest(FakeAirbyteServer injected) {
      assertThat(injected).isSameAs(airbyte.server());
      assertThat(TestClients.raw(injected, "GET", injected.apiRoot() + "/connections", null).status).isEqualTo(200);
    }
  }

  @Nested
  @ExtendWith(FakeAirbyteServerExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Declarative {
    @Test
    @Order(1)
    void parameterIsInjected(FakeAirbyteServer server) {
      server.seed().connection(CONNECTION);
      assertThat(server.apiRoot()).startsWith("http://127.0.0.1:").endsWith("/api/public/v1");
    }

    @Test
    @Order(2)
    void stateIsResetBetweenTests(FakeAirbyteServer server) {
      assertThat(TestClients.raw(server, "GET", server.apiRoot() + "/connections/" + CONNECTION, null).status).isEqualTo(404);
    }
  }

  @Nested
  class Builder {
    @RegisterExtension
    static final FakeAirbyteServerExtension airbyte =
        FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed().strict(true));

    @Test
    void initialSeedIsThereInEveryTest() {
      assertThat(TestClients.raw(airbyte.server(), "GET", airbyte.server().apiRoot() + "/connections", null).body)
          .contains("Stripe");
    }
  }
}
