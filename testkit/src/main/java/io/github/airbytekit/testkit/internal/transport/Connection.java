package io.github.airbytekit.testkit.internal.transport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Locale;

/** Serves one client connection: requests one after another (keep-alive) until either side closes it. */
final class Connection implements Runnable {
  private final Socket socket;
  private final PipelineHandler handler;
  private final String origin;
  private final Runnable onClose;

  /** @param onClose run once the socket is closed, whatever ended the connection */
  Connection(Socket socket, PipelineHandler handler, Runnable onClose) {
    this.socket = socket;
    this.handler = handler;
    this.origin = "http://" + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    this.onClose = onClose;
  }

  @Override
  public void run() {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
      RequestReader reader = new RequestReader(in, out);
      while (serveOne(reader, out)) {
        // Next request on the same connection.
      }
    } catch (IOException e) {
      // The client went away or the server is closing: nothing is left to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // Only close() interrupts a delayed reply.
    } finally {
      onClose.run();
    }
  }

  /** Reads and answers one request; false when the connection is to be closed. */
  private boolean serveOne(RequestReader reader, OutputStream out) throws IOException, InterruptedException {
    HttpRequest request;
    try {
      request = reader.next();
    } catch (MalformedRequestException e) {
      new Reply(e.status())
          .header("Content-Type", "text/plain; charset=utf-8")
          .body(e.getMessage() + "\n")
          .closeAfter()
          .writeTo(out, false);
      return false;
    }
    if (request == null) {
      return false;
    }
    Reply reply = handler.handle(request, origin);
    reply.writeTo(out, request.method().toUpperCase(Locale.ROOT).equals("HEAD"));
    return request.keepAlive() && !reply.closesConnection();
  }
}
