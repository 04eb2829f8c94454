package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.AirbyteVersionGapException;
import io.github.airbytekit.connections.RetryPolicy;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.domain.StreamId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operation the configured version lacks fails before any request, the token's included. */
class VersionGateTest {
  private static final String CONNECTION_ID = "0c0c0c0c-0000-4000-8000-000000000001";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  /** A version without {@code getConnection} (public) and {@code getState} (Config API). */
  private static VersionProfile withoutGetConnectionAndState() {
    return new VersionProfile("0.9.0",
        Map.of("public", Map.of("getConnection", false, "listJobs", true), "config", Map.of("getState", false)),
        Map.of());
  }

  private Transport transport(VersionProfile version, Credentials credentials) {
    String root = server.url("/api/public/v1").toString();
    return Transport.create(root, server.url("/api/v1").toString(), "no config root",
        new HttpSettings(null, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            RetryPolicy.none(), Sleeper.system(), Clock.systemUTC(), AirbyteEventListener.NONE),
        credentials, version);
  }

  @Test
  void aPublicApiOperationTheVersionLacksIsRefusedBeforeTheTokenRequest() {
    try (Transport transport = transport(withoutGetConnectionAndState(), new Credentials(null, "id",
        Secret.of("secret")))) {
      assertThatThrownBy(() -> transport.connections().get(CONNECTION_ID))
          .isInstanceOf(AirbyteVersionGapException.class)
          .isInstanceOf(AirbyteInputException.class)
          .hasMessage("Airbyte 0.9.0 has no GET /connections/{connectionId} (operation getConnection), which this"
              + " needs; nothing was sent. Upgrade Airbyte, or set airbyteVersion(…) / AIRBYTE_VERSION to the"
              + " version the server runs.")
          .satisfies(e -> {
            AirbyteVersionGapException gap = (AirbyteVersionGapException) e;
            assertThat(gap.version()).isEqualTo("0.9.0");
            assertThat(gap.operation()).isEqualTo("getConnection");
            assertThat(gap.endpoint()).isEqualTo("GET /connections/{connectionId}");
          });
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aConfigApiOperationTheVersionLacksIsRefusedByItsConfigApiName() {
    try (Transport transport = transport(withoutGetConnectionAndState(), new Credentials(Secret.of("t"), null,
        null))) {
      assertThatThrownBy(() -> transport.config().state(CONNECTION_ID))
          .isInstanceOf(AirbyteVersionGapException.class)
          .hasMessageContaining("Airbyte 0.9.0 has no POST /v1/state/get (operation getState)");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aStreamJobTheVersionLacksIsRefusedBeforeAnythingStarts() {
    VersionProfile withoutStreamJobs = new VersionProfile("0.9.0", Map.of("config", Map.of(
        "resetConnectionStream", false, "clearConnectionStream", false, "refreshConnectionStream", false)), Map.of());
    List<StreamId> users = List.of(StreamId.of("users", "public"));
    try (Transport transport = transport(withoutStreamJobs, new Credentials(Secret.of("t"), null, null))) {
      assertThatThrownBy(() -> transport.config().resetStreams(CONNECTION_ID, users))
          .hasMessageContaining("Airbyte 0.9.0 has no POST /v1/connections/reset/stream (operation"
              + " resetConnectionStream)");
      assertThatThrownBy(() -> transport.config().clearStreams(CONNECTION_ID, users))
          .isInstanceOf(AirbyteVersionGapException.class);
      assertThatThrownBy(() -> transport.config().refreshStreams(CONNECTION_ID, users, false))
          .isInstanceOf(AirbyteVersionGapException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyShippedVersionHasTheStreamJobOperations() {
    for (String version : VersionProfile.supported()) {
      VersionProfile profile = VersionProfile.named(version);
      assertThat(profile.hasOperation("config", "resetConnectionStream")).as(version).isTrue();
      assertThat(profile.hasOperation("config", "clearConnectionStream")).as(version).isTrue();
      assertThat(profile.hasOperation("config", "refreshConnectionStream")).as(version).isTrue();
      assertThat(profile.hasOperation("public", "createJob")).as(version).isTrue();
    }
  }

  @Test
  void everyShippedVersionHasTheOperationsItsProfileLists() {
    for (String version : VersionProfile.supported()) {
      VersionProfile profile = VersionProfile.named(version);
      assertThat(profile).isNotNull();
      assertThat(profile.hasOperation("public", "getConnection")).isTrue();
      assertThat(profile.hasProperty("public", "StreamConfiguration", "name")).isTrue();
    }
    assertThat(VersionProfile.named("v1.6.0").hasProperty("public", "StreamConfiguration", "namespace")).isFalse();
    assertThat(VersionProfile.named("1.8.0").hasProperty("public", "StreamConfiguration", "namespace")).isTrue();
    assertThat(Set.copyOf(VersionProfile.supported())).contains("latest");
  }
}
