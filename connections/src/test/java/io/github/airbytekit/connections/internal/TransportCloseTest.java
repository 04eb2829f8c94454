package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.RetryPolicy;
import io.github.airbytekit.connections.Secret;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A workspace's transport releases the HTTP client it created, and never one it was given. */
class TransportCloseTest {
  private static Transport transport(OkHttpClient supplied) {
    return Transport.create("http://localhost:1/api/public/v1", null, "no config root",
        new HttpSettings(supplied, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            RetryPolicy.none(), Sleeper.system(), Clock.systemUTC(), AirbyteEventListener.NONE),
        new Credentials(Secret.of("token"), null, null));
  }

  @Test
  void closingReleasesTheClientItCreated() {
    Transport transport = transport(null);
    OkHttpClient owned = transport.owned();
    owned.dispatcher().executorService(); // started lazily, as the first asynchronous call would

    transport.close();

    assertThat(owned.dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void closingLeavesASuppliedClientAlone() {
    OkHttpClient mine = new OkHttpClient();
    Transport transport = transport(mine);

    transport.close();

    assertThat(transport.owned()).isNull();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }
}
