package com.betterbros.props.live;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.live.api.LiveService;
import com.betterbros.props.live.core.BestSlip;
import com.betterbros.props.live.core.Edge;
import com.betterbros.props.live.core.EdgeEvent;
import com.betterbros.props.live.core.EdgeFilter;
import com.betterbros.props.live.core.EventRing;
import com.betterbros.props.live.core.FeedState;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gateway node's end of the feed: the board as last published and a ring of recent events, both
 * kept from {@value Addresses#LIVE_EVENTS_EDGES} (loaded from {@link LiveService#board()} at start
 * and after any gap), and the node's sockets. Runs on the gateway's event loop; per event and
 * socket it does a filter check and a write of text encoded once per event.
 */
final class LiveHub {

  /** Edges per snapshot message. */
  static final int SNAPSHOT_PART = 200;

  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

  private final Vertx vertx;
  private final LiveService live;
  private final LiveConfig config;
  private final EventRing ring;
  private final Map<String, Edge> edges = new HashMap<>();
  private final Map<String, BestSlip> slips = new TreeMap<>();
  private final Set<EdgeSession> sessions = new LinkedHashSet<>();
  private final Map<String, Integer> perUser = new HashMap<>();
  private long seq;
  private boolean loaded;
  private Future<Void> loading;

  LiveHub(Vertx vertx, LiveService live, LiveConfig config) {
    this.vertx = vertx;
    this.live = live;
    this.config = config;
    this.ring = new EventRing(config.ringSize());
  }

  void start() {
    vertx.eventBus().<JsonObject>consumer(Addresses.LIVE_EVENTS_EDGES, m -> onBatch(m.body()));
    vertx.setPeriodic(config.heartbeat().toMillis(), id -> {
      long now = System.currentTimeMillis();
      List.copyOf(sessions).forEach(s -> s.heartbeat(now));
    });
    reload();
  }

  /** Whether {@code userId} may open one more socket on this node. */
  boolean admits(String userId) {
    return perUser.getOrDefault(userId, 0) < config.maxConnectionsPerUser();
  }

  int maxConnectionsPerUser() {
    return config.maxConnectionsPerUser();
  }

  int sessions() {
    return sessions.size();
  }

  /** Takes a new socket: it receives nothing until it subscribes. */
  void open(ServerWebSocket ws, String userId, Long since) {
    EdgeSession session = new EdgeSession(ws, userId, config);
    sessions.add(session);
    perUser.merge(userId, 1, Integer::sum);
    ws.closeHandler(v -> {
      if (sessions.remove(session)) {
        perUser.computeIfPresent(userId, (u, n) -> n <= 1 ? null : n - 1);
      }
    });
    ws.exceptionHandler(t -> LOG.debug("live socket of {}: {}", userId, t.getMessage()));
    ws.textMessageHandler(text -> onMessage(session, text, since));
  }

  private void onMessage(EdgeSession session, String text, Long urlSince) {
    JsonObject msg = EdgeSession.parse(text, session);
    if (msg == null) {
      return;
    }
    String op = msg.getString("op");
    if (!"subscribe".equals(op)) {
      session.error("bad_request", "unknown op '" + op + "': the only op is subscribe (send it again to change"
          + " the filter)");
      return;
    }
    EdgeFilter filter;
    try {
      filter = EdgeJson.filter(msg.getValue("filter"));
    } catch (IllegalArgumentException e) {
      session.error("bad_request", e.getMessage());
      return;
    }
    Object since = msg.getValue("since", urlSince);
    if (since != null && !(since instanceof Number n && n.longValue() >= 0)) {
      session.error("bad_request", "since must be a whole number >= 0 (the seq of the last event you received)");
      return;
    }
    (loaded ? Future.<Void>succeededFuture() : reload()).onComplete(ar -> subscribe(session, filter,
        since == null ? null : ((Number) since).longValue()));
  }

  // since: replay from the ring when it still holds everything after it, else a fresh snapshot
  private void subscribe(EdgeSession session, EdgeFilter filter, Long since) {
    Optional<List<EdgeEvent>> missed = since == null || !loaded ? Optional.empty() : ring.since(since);
    if (missed.isPresent()) {
      Set<String> seen = new LinkedHashSet<>();
      edges.values().stream().filter(filter::matches).forEach(e -> seen.add(e.propId()));
      missed.get().stream().filter(e -> e.propId() != null).forEach(e -> seen.add(e.propId()));
      session.view().resume(filter, seen);
      session.write(new JsonObject().put("type", "resumed").put("since", since).put("seq", seq)
          .put("events", missed.get().size()).encode());
      session.subscribed();
      session.deliver(missed.get(), new IdentityHashMap<>());
      return;
    }
    snapshot(session, filter);
    session.subscribed();
  }

  // in parts of SNAPSHOT_PART edges (a whole board is MBs; WebSocket clients cap a message at 256 KiB
  // or less); best_slips ride on the last part; a board with no edge is one part
  private void snapshot(EdgeSession session, EdgeFilter filter) {
    List<Edge> matching = session.view().subscribe(filter, edges.values());
    JsonArray best = new JsonArray();
    slips.forEach((platform, slip) -> {
      if (session.view().wantsPlatform(platform)) {
        best.add(EdgeJson.slip(slip));
      }
    });
    String at = Instant.now().toString();
    int parts = Math.max(1, (matching.size() + SNAPSHOT_PART - 1) / SNAPSHOT_PART);
    for (int part = 1; part <= parts; part++) {
      JsonArray chunk = new JsonArray();
      matching.subList((part - 1) * SNAPSHOT_PART, Math.min(matching.size(), part * SNAPSHOT_PART))
          .forEach(e -> chunk.add(EdgeJson.edge(e)));
      JsonObject message = new JsonObject().put("type", "snapshot").put("seq", seq).put("at", at).put("ready", loaded)
          .put("part", part).put("parts", parts).put("total", matching.size()).put("edges", chunk);
      if (part == parts) {
        message.put("best_slips", best);
      }
      session.write(message.encode());
    }
  }

  private void onBatch(JsonObject batch) {
    long first = batch.getLong("first_seq");
    long last = batch.getLong("last_seq");
    if (loaded && last <= seq) {
      return;  // already in the state this node loaded
    }
    if (!loaded || first != seq + 1) {
      reload();
      return;
    }
    List<EdgeEvent> events = batch.getJsonArray("events").stream()
        .map(o -> EdgeJson.busEvent((JsonObject) o)).toList();
    events.forEach(this::apply);
    seq = last;
    Map<EdgeEvent, String> encoded = new IdentityHashMap<>();
    List.copyOf(sessions).forEach(s -> s.deliver(events, encoded));
  }

  private void apply(EdgeEvent e) {
    switch (e.type()) {
      case NEW, CHANGED -> edges.put(e.propId(), e.edge());
      case GONE -> edges.remove(e.propId());
      case SLIP_BEST -> {
        if (e.slip() == null) {
          slips.remove(e.platform());
        } else {
          slips.put(e.platform(), e.slip());
        }
      }
    }
    ring.add(e);
  }

  // the published state, after a start or a gap; subscribed clients get a fresh snapshot of it
  private Future<Void> reload() {
    if (loading != null) {
      return loading;
    }
    loading = live.board().map(board -> {
      FeedState state = EdgeJson.state(board.toJson());
      edges.clear();
      edges.putAll(state.edges());
      slips.clear();
      slips.putAll(state.slips());
      seq = state.seq();
      ring.reset(seq);
      loaded = true;
      sessions.stream().filter(EdgeSession::isSubscribed).forEach(s -> snapshot(s, s.view().filter()));
      return (Void) null;
    }).onFailure(t -> LOG.info("live feed state not loaded yet: {}", t.getMessage()))
        .andThen(ar -> loading = null);
    return loading;
  }
}
