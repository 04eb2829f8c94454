package io.github.airbytekit.testkit.internal.mockwebserver;

import io.github.airbytekit.testkit.internal.NoDelayServerSocketFactory;
import io.github.airbytekit.testkit.internal.RequestPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;

/** The fake's HTTP server: a MockWebServer on a loopback port, answering every request with the pipeline. */
public final class MockWebServerTransport implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();

  private MockWebServerTransport() {}

  /**
   * Starts listening on {@code port} (0: any free one).
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static MockWebServerTransport start(int port, RequestPipeline pipeline) {
    MockWebServerTransport transport = new MockWebServerTransport();
    transport.server.setServerSocketFactory(new NoDelayServerSocketFactory());
    transport.server.setDispatcher(new FakeDispatcher(pipeline, transport::forgetRecordedRequests));
    try {
      transport.server.start(InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Airbyte on port " + port, e);
    }
    return transport;
  }

  public int port() {
    return server.getPort();
  }

  /** MockWebServer keeps every request forever otherwise; the fake's journal already has them. */
  private void forgetRecordedRequests() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // Dropped.
      }
    } catch (InterruptedException e) {
      // Not re-asserted: this runs on a MockWebServer thread that still has to write the answer,
      // and an interrupted thread cannot (see FakeDispatcher#dispatch).
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
