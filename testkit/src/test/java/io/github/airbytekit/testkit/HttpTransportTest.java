package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's own HTTP/1.1 server, spoken to over a raw socket: the framing any client (OkHttp 4.12 or 5.x, curl,
 * java.net.http) may use is read, and every request gets a complete answer.
 */
class HttpTransportTest {
  private final FakeAirbyteServer server = FakeAirbyteServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  private String tokenBody() {
    return "{\"client_id\":\"" + server.clientId() + "\",\"client_secret\":\"" + server.clientSecret() + "\"}";
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout(5_000);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads one response: head, then a body of its Content-Length. */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : headText.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return headText + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Test
  void twoRequestsOnOneKeepAliveConnectionAreBothAnswered() throws IOException {
    try (Socket socket = connect()) {
      String request = "GET /api/public/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
      send(socket, request + request);

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 ");
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 ");
      assertThat(server.requests().all()).hasSize(2);
    }
  }

  @Test
  void aChunkedRequestBodyIsReassembled() throws IOException {
    String body = tokenBody();
    String first = body.substring(0, 10);
    String rest = body.substring(10);
    try (Socket socket = connect()) {
      send(socket, "POST /api/public/v1/applications/token HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + Integer.toHexString(first.length()) + "\r\n" + first + "\r\n"
          + Integer.toHexString(rest.length()) + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n");

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200 ").contains("access_token");
    }
    assertThat(server.requests().tokensMinted()).isEqualTo(1);
  }

  @Test
  void expectContinueIsAnsweredBeforeTheBodyIsSent() throws IOException {
    byte[] body = tokenBody().getBytes(StandardCharsets.UTF_8);
    try (Socket socket = connect()) {
      send(socket, "POST /api/public/v1/applications/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n\r\n");
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 100 Continue");
      socket.getOutputStream().write(body);

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200 ").contains("access_token");
    }
  }

  @Test
  void anUnencodedPipeInTheQueryIsReadLikeAnEncodedOne() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "GET /api/public/v1/connections?workspaceIds=a|b HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 401 ");
    }
    assertThat(server.requests().last().orElseThrow().queryParameter("workspaceIds")).isEqualTo("a|b");
  }

  @Test
  void aMalformedRequestIsAnswered400AndTheConnectionClosed() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "NOT-HTTP\r\n\r\n");

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 400 ").contains("Connection: close");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
    assertThat(server.requests().all()).isEmpty();
  }

  @Test
  void connectionCloseFromTheClientEndsTheConnectionAfterTheAnswer() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "GET /api/public/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 ");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aHeadRequestGetsTheHeadWithoutABody() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "HEAD /api/public/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /api/public/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        head.write(in.read());
      }

      assertThat(readResponse(in)).as("the next response follows the head at once").startsWith("HTTP/1.1 ");
    }
  }
}
