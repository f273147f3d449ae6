package com.betterbros.props.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Heartbeats on /ws/edges with a 1 s interval, on an untrained node (the feed needs no board for
 * this): a bare RFC 6455 client that never answers a ping is closed with 4002, a Vert.x client (which
 * answers pings by itself) stays open. Apart from LiveFeedIT, whose slow reader would also miss pings.
 */
@DisplayName("Live feed heartbeats: pinged every interval, closed 4002 without pongs")
class LiveHeartbeatIT {

  private static Node node;
  private static String pro;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_LIVE_HEARTBEAT_S", "1"));
    pro = node.devToken("pat", Tier.PRO);
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("sockets are pinged every heartbeat; one that never answers is closed with 4002 after two")
  void heartbeats() throws Exception {
    try (RawWebSocket raw = new RawWebSocket(node.httpPort(), pro);
        FeedClient polite = Await.result(FeedClient.header(node.vertx(), node.httpPort(), pro, "/ws/edges"))) {
      raw.sendText("{\"op\":\"subscribe\",\"filter\":{\"teams\":[\"NONE\"]}}");
      int pings = 0;
      RawWebSocket.Frame frame = raw.read();
      long started = System.nanoTime();
      while (frame.opcode() != 8) {
        if (frame.opcode() == 9) {
          pings++;
        }
        frame = raw.read();
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      assertThat(pings).isGreaterThanOrEqualTo(2);
      assertThat(frame.closeCode()).isEqualTo(4002);
      assertThat(seconds).isLessThan(10);
      // a client that answers (Vert.x pongs by itself) stays open through the same heartbeats
      assertThat(polite.ws.isClosed()).isFalse();
      assertThat(polite.closeCode).isNull();
    }
  }

}
