package com.betterbros.props.live;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A bare RFC 6455 client over a plain socket, for what library clients do on their own: it never
 * answers a ping, so a test can watch the server give up on it. Text frames out (masked), frames in.
 */
final class RawWebSocket implements AutoCloseable {

  /** One received frame: its opcode (1 text, 8 close, 9 ping) and payload. */
  record Frame(int opcode, byte[] payload) {
    int closeCode() {
      return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  RawWebSocket(int port, String token) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    String key = Base64.getEncoder().encodeToString("betterbros-test!".getBytes(StandardCharsets.US_ASCII));
    out.write(("GET /ws/edges HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + token
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      head.append((char) in.readUnsignedByte());
    }
    if (!head.toString().startsWith("HTTP/1.1 101")) {
      throw new IOException("upgrade refused: " + head);
    }
  }

  void sendText(String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    byte[] mask = {1, 2, 3, 4};
    out.write(0x81);
    if (data.length < 126) {
      out.write(0x80 | data.length);
    } else {
      out.write(0x80 | 126);
      out.write(data.length >> 8);
      out.write(data.length & 0xff);
    }
    out.write(mask);
    for (int i = 0; i < data.length; i++) {
      out.write(data[i] ^ mask[i % 4]);
    }
    out.flush();
  }

  Frame read() throws IOException {
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte();
    long length = second & 0x7f;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    return new Frame(first & 0x0f, payload);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
