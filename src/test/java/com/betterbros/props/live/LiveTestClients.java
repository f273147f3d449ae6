package com.betterbros.props.live;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The feed's test clients for tests outside this package (cluster tests, benchmarks). */
public final class LiveTestClients {

  private LiveTestClients() {}

  /** A /ws/edges client of {@code node}, authenticated by header. */
  public static AutoCloseable connect(Node node, String token) {
    return Await.result(FeedClient.header(node.vertx(), node.httpPort(), token, "/ws/edges"));
  }

  /** Subscribes with no filter until the snapshot holds a priced board (at most {@code seconds}). */
  public static List<JsonObject> awaitBoard(AutoCloseable client, int seconds) {
    FeedClient c = (FeedClient) client;
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (true) {
      List<JsonObject> board = LiveFeedIT.board(c, new JsonObject());
      if (!board.isEmpty()) {
        return board;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no priced board within " + seconds + " s");
      }
      Await.sleep(500);
    }
  }

  /** Waits for the edge.new of PrizePicks projection {@code projectionId}. */
  public static JsonObject awaitNew(AutoCloseable client, String projectionId, int seconds) {
    return ((FeedClient) client).until(m -> m.getString("type").equals("edge.new")
        && m.getJsonObject("edge").getString("prop_id").endsWith(":" + projectionId), seconds);
  }

  /** How many edge.new of {@code projectionId} the client has received so far. */
  public static long count(AutoCloseable client, String projectionId) {
    FeedClient c = (FeedClient) client;
    c.drain();
    return c.seen.stream().filter(m -> m.getString("type").equals("edge.new")
        && m.getJsonObject("edge").getString("prop_id").endsWith(":" + projectionId)).count();
  }

  /** A one-projection PrizePicks feed copying {@code prop}'s player and game. */
  public static Buffer feed(JsonObject prop, String projectionId, double line) {
    return LiveBoards.feed(prop, projectionId, line);
  }
}
