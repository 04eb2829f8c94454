package io.github.airbytekit.connections.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.RetryPolicy;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryInterruptTest {
  private final AtomicInteger sent = new AtomicInteger();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted(); // never leak an interrupt into the next test
  }

  private OkHttpClient client(InterruptedIOException failure, boolean interrupt) {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
        .build();
    return new OkHttpClient.Builder()
        .addInterceptor(new RetryInterceptor(policy, pause -> { }, java.time.Clock.systemUTC(),
            AirbyteEventListener.NONE))
        .addInterceptor(chain -> {
          sent.incrementAndGet();
          if (interrupt) {
            Thread.currentThread().interrupt();
          }
          throw failure;
        })
        .build();
  }

  private static Request read() {
    return new Request.Builder().url("http://127.0.0.1:9/api/public/v1/jobs").build();
  }

  @Test
  void anInterruptedReadIsNotRetriedAndTheCallerStillSeesTheInterrupt() {
    OkHttpClient client = client(new InterruptedIOException("interrupted"), true);

    assertThatThrownBy(() -> client.newCall(read()).execute()).isInstanceOf(InterruptedIOException.class);

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(sent).hasValue(1);
  }

  @Test
  void aTimeoutWithoutAnInterruptIsRetried() {
    OkHttpClient client = client(new SocketTimeoutException("timeout"), false);

    assertThatThrownBy(() -> client.newCall(read()).execute()).isInstanceOf(SocketTimeoutException.class);

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(sent).hasValue(RetryPolicy.builder().build().getMaxAttempts());
  }
}
