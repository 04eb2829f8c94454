package io.github.airbytekit.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have TCP_NODELAY set. MockWebServer writes a
 * response's head and body separately; with Nagle's algorithm on, the second write waits for the
 * client's delayed ACK (about 40 ms on Linux), which would cap one client at ~25 requests/s.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new Socket();
      implAccept(socket);
      try {
        socket.setTcpNoDelay(true);
      } catch (SocketException e) {
        // The peer is already gone (some systems refuse options on a reset socket). Throwing here
        // would make MockWebServer stop accepting for good: it reads any accept() failure as
        // "server closed". Hand the socket over; reading it fails and closes it.
      }
      return socket;
    }
  }
}
