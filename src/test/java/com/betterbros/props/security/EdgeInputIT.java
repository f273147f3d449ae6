package com.betterbros.props.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Edge input: NUL bytes, invalid UTF-8 and malformed URLs are 400 JSON naming the field")
class EdgeInputIT {

  private static Node node;
  private static String token;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "3", "BB_SYNTH_TRAIN_ON_START", "false",
        "BB_HTTP_HEADER_TIMEOUT_S", "2"));
    token = node.devToken();
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static RawHttp.Reply get(String target) throws Exception {
    return RawHttp.get(node.httpPort(), target.getBytes(StandardCharsets.ISO_8859_1), token, 5_000);
  }

  @Test
  @DisplayName("NUL bytes, invalid UTF-8 and malformed escapes in ids or query values: 400 JSON naming the field")
  void badTargets() throws Exception {
    String[][] cases = {
        {"/props/%zz", "path"}, {"/props/%", "path"}, {"/props/%00abc", "path"}, {"/props/%C3%28", "path"},
        {"/history/players/%00/games", "path"}, {"/props/\u00ff", "path"},
        {"/props?platform=%00", "platform"}, {"/props?platform=%zz", "platform"},
        {"/props?platform=%C3%28", "platform"}, {"/props?%zz=1", "query"}};
    for (String[] c : cases) {
      RawHttp.Reply r = get(c[0]);
      assertThat(r.status()).as(c[0] + " -> " + r.text()).isEqualTo(400);
      JsonObject body = new JsonObject(r.body());
      assertThat(body.getString("error")).isEqualTo("bad_request");
      assertThat(body.getString("field")).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(get("/props/a%2F..%2F..%2Fetc").status()).as("traversal in an id is an unknown id").isEqualTo(404);
    assertThat(get("/health").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a connection that sends partial headers is closed after the header timeout (2 s here)")
  void slowloris() throws Exception {
    long started = System.nanoTime();
    try (Socket s = new Socket("127.0.0.1", node.httpPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      int read = 0;
      // keep trickling a header byte every 300 ms: the idle timeout alone would never fire
      for (int i = 0; i < 30 && read >= 0; i++) {
        try {
          out.write("X-a: b\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (java.io.IOException closed) {
          read = -1;
          break;
        }
        s.setSoTimeout(300);
        try {
          read = s.getInputStream().read();
        } catch (java.net.SocketTimeoutException stillOpen) {
          read = 0;
        } catch (java.io.IOException reset) {
          read = -1;
        }
      }
      assertThat(read).as("the server closed the connection").isEqualTo(-1);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(seconds).isBetween(1.5, 5.0);
    assertThat(get("/health").status()).isEqualTo(200);
  }
}
