package com.betterbros.props.live;

import com.betterbros.props.live.core.CoalescingQueue;
import com.betterbros.props.live.core.EdgeEvent;
import com.betterbros.props.live.core.SubscriberView;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * One client of /ws/edges. It sends what its {@link SubscriberView} lets through; while the
 * socket's write queue is full, updates are coalesced per prop ({@link CoalescingQueue}) and
 * flushed, marked {@code coalesced}, when it drains. A client whose queue overflows, or stays
 * non-empty past the grace period, is closed with {@value #SLOW_CONSUMER}; one that misses two
 * pings' pongs with {@value #NO_PONG}.
 */
final class EdgeSession {

  /** Close code: the client did not read fast enough. */
  static final short SLOW_CONSUMER = 4001;
  /** Close code: the client stopped answering pings. */
  static final short NO_PONG = 4002;

  private final ServerWebSocket ws;
  private final String userId;
  private final LiveConfig config;
  private final SubscriberView view = new SubscriberView();
  private final CoalescingQueue queue;
  private boolean subscribed;
  private long lastPong = System.currentTimeMillis();
  private long slowSince = -1;
  private boolean closing;

  EdgeSession(ServerWebSocket ws, String userId, LiveConfig config) {
    this.ws = ws;
    this.userId = userId;
    this.config = config;
    this.queue = new CoalescingQueue(config.queueCapacity());
    ws.pongHandler(b -> lastPong = System.currentTimeMillis());
    ws.drainHandler(v -> flush());
  }

  String userId() {
    return userId;
  }

  ServerWebSocket socket() {
    return ws;
  }

  SubscriberView view() {
    return view;
  }

  void subscribed() {
    subscribed = true;
  }

  boolean isSubscribed() {
    return subscribed;
  }

  /** A client message it could not act on: an error event, the socket stays open. */
  void error(String error, String message) {
    write(new JsonObject().put("type", "error").put("error", error).put("message", message).encode());
  }

  /** Writes a message the hub built for this client alone (snapshot, subscribed). */
  void write(String text) {
    if (!closing) {
      ws.writeTextMessage(text);
    }
  }

  /** Delivers a batch of global events; {@code encoded} caches each event's text across sessions. */
  void deliver(List<EdgeEvent> events, Map<EdgeEvent, String> encoded) {
    if (!subscribed || closing) {
      return;
    }
    for (EdgeEvent e : events) {
      if (closing) {
        return;
      }
      view.deliver(e).ifPresent(mine -> send(mine, mine == e
          ? encoded.computeIfAbsent(e, x -> EdgeJson.event(x).encode()) : null));
    }
  }

  private void send(EdgeEvent e, String text) {
    if (queue.isEmpty() && !ws.writeQueueFull()) {
      ws.writeTextMessage(text != null ? text : EdgeJson.event(e).encode());
      return;
    }
    if (slowSince < 0) {
      slowSince = System.currentTimeMillis();
    }
    if (!queue.offer(e)) {
      close(SLOW_CONSUMER, "slow consumer: more than " + config.queueCapacity() + " updates pending");
    }
  }

  private void flush() {
    while (!queue.isEmpty() && !ws.writeQueueFull() && !closing) {
      for (EdgeEvent e : queue.drain()) {
        ws.writeTextMessage(EdgeJson.event(e).put("coalesced", true).encode());
      }
    }
    if (queue.isEmpty()) {
      slowSince = -1;
    }
  }

  /** Every heartbeat: close a client that is too slow or silent, else ping it. */
  void heartbeat(long now) {
    if (closing) {
      return;
    }
    if (slowSince >= 0 && now - slowSince > config.slowClientGrace().toMillis()) {
      close(SLOW_CONSUMER, "slow consumer: updates pending for more than " + config.slowClientGrace().toSeconds()
          + " s");
    } else if (now - lastPong > 2 * config.heartbeat().toMillis() + 1_000) {
      close(NO_PONG, "no pong to the last two pings");
    } else {
      ws.writePing(Buffer.buffer("hb"));
    }
  }

  void close(short code, String reason) {
    if (!closing) {
      closing = true;
      ws.close(code, reason);
    }
  }

  /** Parses a client message; a bad one is answered with an error event naming the problem. */
  static JsonObject parse(String text, EdgeSession session) {
    try {
      JsonObject msg = new JsonObject(text);
      if (!(msg.getValue("op") instanceof String)) {
        session.error("bad_request", "a message is {\"op\": \"subscribe\", \"filter\": {...}, \"since\"?: seq}");
        return null;
      }
      return msg;
    } catch (DecodeException | ClassCastException e) {
      session.error("bad_request", "a message must be a JSON object, e.g. {\"op\":\"subscribe\",\"filter\":{}}");
      return null;
    }
  }
}
