package com.betterbros.props.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP/1.1 client on a socket, for requests no well-behaved client would send: raw bytes in
 * the request line (NUL, invalid UTF-8, malformed percent escapes), partial headers.
 */
final class RawHttp {

  /** A response: its status (or -1 when the connection closed without one) and everything read. */
  record Reply(int status, String text) {
    String body() {
      int i = text.indexOf("\r\n\r\n");
      return i < 0 ? "" : text.substring(i + 4);
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code target} (raw bytes after the method) as a GET with {@code token}, Connection:
   * close, and reads the whole answer within {@code timeoutMs}.
   */
  static Reply get(int port, byte[] target, String token, int timeoutMs) throws IOException {
    ByteArrayOutputStream req = new ByteArrayOutputStream();
    req.write("GET ".getBytes(StandardCharsets.US_ASCII));
    req.write(target);
    req.write((" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    return exchange(port, req.toByteArray(), timeoutMs);
  }

  /** Writes {@code bytes} and reads until the server closes or {@code timeoutMs} passes. */
  static Reply exchange(int port, byte[] bytes, int timeoutMs) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      out.write(bytes);
      out.flush();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) >= 0; ) {
          got.write(buf, 0, n);
        }
      } catch (SocketTimeoutException e) {
        if (got.size() == 0) {
          throw e;
        }
      }
      String text = got.toString(StandardCharsets.UTF_8);
      int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12
          ? Integer.parseInt(text.substring(9, 12)) : -1;
      return new Reply(status, text);
    }
  }

  /** Percent-free raw bytes of an ASCII string with some bytes spliced in. */
  static byte[] bytes(String before, byte[] raw, String after) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(raw);
    b.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }
}
