package io.github.airbytekit.testkit.internal.transport;

import io.github.airbytekit.testkit.internal.RequestPipeline;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The fake's HTTP server: HTTP/1.1 with keep-alive on a loopback port, one thread per connection, answering every
 * request with the pipeline. Built on JDK sockets only, so the testkit brings no HTTP library of its own and runs
 * with whichever OkHttp the consumer has. The only class that owns sockets.
 */
public final class FakeTransport implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final PipelineHandler handler;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads;
  private volatile boolean closed;

  private FakeTransport(ServerSocket serverSocket, RequestPipeline pipeline) {
    this.serverSocket = serverSocket;
    this.handler = new PipelineHandler(pipeline);
    this.threads = Executors.newCachedThreadPool(daemonThreads("fake-airbyte-" + serverSocket.getLocalPort()));
  }

  /**
   * Starts listening on {@code port} of the loopback address (0: any free one).
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static FakeTransport start(int port, RequestPipeline pipeline) {
    ServerSocket socket = null;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new UncheckedIOException("cannot start the fake Airbyte on port " + port, e);
    }
    FakeTransport transport = new FakeTransport(socket, pipeline);
    transport.threads.execute(transport::acceptLoop);
    return transport;
  }

  public int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (closed || serverSocket.isClosed()) {
          return;
        }
        continue; // One failed accept (e.g. a peer that reset at once) must not stop the server.
      }
      serve(socket);
    }
  }

  private void serve(Socket socket) {
    try {
      // Head and body go out in one write already; without Nagle, nothing waits for a delayed ACK either.
      socket.setTcpNoDelay(true);
    } catch (SocketException e) {
      // The peer is already gone; reading the socket fails and closes it.
    }
    open.add(socket);
    if (closed) {
      closeQuietly(socket);
      open.remove(socket);
      return;
    }
    try {
      threads.execute(new Connection(socket, handler, () -> open.remove(socket)));
    } catch (RuntimeException rejectedWhileClosing) {
      closeQuietly(socket);
      open.remove(socket);
    }
  }

  /** Stops accepting, closes every connection (a delayed reply is abandoned) and waits for the threads to end. */
  @Override
  public void close() {
    closed = true;
    closeQuietly(serverSocket);
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(@Nullable Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // Closing anyway.
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
