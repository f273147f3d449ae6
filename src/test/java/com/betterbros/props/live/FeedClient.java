package com.betterbros.props.live;

import com.betterbros.props.testing.Await;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test client of /ws/edges over a real WebSocket: every text message lands in a queue. */
final class FeedClient implements AutoCloseable {

  final WebSocket ws;
  final List<JsonObject> seen = new ArrayList<>();
  private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
  private final WebSocketClient client;
  volatile Short closeCode;
  volatile String closeReason;

  private FeedClient(WebSocketClient client, WebSocket ws) {
    this.client = client;
    this.ws = ws;
    ws.textMessageHandler(t -> inbox.add(new JsonObject(t)));
    ws.closeHandler(v -> {
      closeCode = ws.closeStatusCode();
      closeReason = ws.closeReason();
    });
  }

  /** Connects with the token in the Authorization header (null: no header) and the given URI. */
  static Future<FeedClient> header(Vertx vertx, int port, String token, String uri) {
    WebSocketConnectOptions o = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri);
    if (token != null) {
      o.addHeader("Authorization", "Bearer " + token);
    }
    return connect(vertx, o);
  }

  /** Connects as a browser does: the token offered as the second subprotocol after "bearer". */
  static Future<FeedClient> subprotocol(Vertx vertx, int port, String token) {
    return connect(vertx, new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws/edges")
        .setSubProtocols(List.of("bearer", token)));
  }

  /** Connects by header with a tiny TCP receive buffer, so a paused client backs up the server quickly. */
  static Future<FeedClient> slowReader(Vertx vertx, int port, String token) {
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setReceiveBufferSize(4096));
    return client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws/edges")
        .addHeader("Authorization", "Bearer " + token)).map(ws -> new FeedClient(client, ws))
        .onFailure(t -> client.close());
  }

  private static Future<FeedClient> connect(Vertx vertx, WebSocketConnectOptions o) {
    WebSocketClient client = vertx.createWebSocketClient();
    return client.connect(o).map(ws -> new FeedClient(client, ws)).onFailure(t -> client.close());
  }

  void send(JsonObject message) {
    Await.result(ws.writeTextMessage(message.encode()));
  }

  /** The next message, or an AssertionError after {@code seconds}. */
  JsonObject next(int seconds) {
    try {
      JsonObject m = inbox.poll(seconds, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("no message within " + seconds + " s; seen: " + seen);
      }
      seen.add(m);
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Reads messages until one matches (returned), failing after {@code seconds} in all. */
  JsonObject until(Predicate<JsonObject> wanted, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000_000L;
      if (left <= 0) {
        throw new AssertionError("no matching message within " + seconds + " s; seen: " + seen);
      }
      JsonObject m = next((int) Math.max(1, left));
      if (wanted.test(m)) {
        return m;
      }
    }
  }

  /** Messages already received, without waiting. */
  List<JsonObject> drain() {
    List<JsonObject> out = new ArrayList<>();
    inbox.drainTo(out);
    seen.addAll(out);
    return out;
  }

  @Override
  public void close() {
    Await.result(ws.close().recover(t -> Future.succeededFuture()));
    client.close();
  }
}
