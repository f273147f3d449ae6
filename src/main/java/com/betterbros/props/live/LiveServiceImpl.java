package com.betterbros.props.live;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.live.api.LiveBoard;
import com.betterbros.props.live.api.LiveRecompute;
import com.betterbros.props.live.api.LiveService;
import com.betterbros.props.live.core.BoardDiff;
import com.betterbros.props.live.core.EdgeEvent;
import com.betterbros.props.live.core.FeedState;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the feed. One computation per change for the whole cluster: the published state lives in
 * a cluster-wide map and every computation holds a cluster-wide lock while it reads the board, diffs
 * it against that state ({@link BoardDiff}), stores the new state and publishes the events on
 * {@value Addresses#LIVE_EVENTS_EDGES} in order. Requests arriving on one node while it computes are
 * chained after it; triggers (events) arriving meanwhile collapse into one more run.
 */
final class LiveServiceImpl implements LiveService {

  static final String STATE_MAP = "live.feed";
  static final String STATE_KEY = "state";
  static final String LOCK = "live.feed.compute";
  /** Cluster-wide count of the board computations, for operators and the one-computation-per-change test. */
  static final String COMPUTATIONS = "live.feed.computations";
  /** The most events in one published message; a bigger change goes out as consecutive messages. */
  static final int EVENTS_PER_MESSAGE = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(LiveServiceImpl.class);

  private final Vertx vertx;
  private final BoardEdges board;
  private final LiveConfig config;
  private final Clock clock;
  private Future<LiveRecompute> tail = Future.succeededFuture();
  private boolean triggerQueued;

  LiveServiceImpl(Vertx vertx, BoardEdges board, LiveConfig config, Clock clock) {
    this.vertx = vertx;
    this.board = board;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Future<LiveBoard> board() {
    return state().compose(s -> vertx.sharedData().getCounter(COMPUTATIONS).compose(c -> c.get())
        .map(n -> new LiveBoard(EdgeJson.state(s).put("computations", n))));
  }

  @Override
  public Future<LiveRecompute> recompute() {
    Future<LiveRecompute> next = tail.transform(ar -> locked(null));
    tail = next;
    return next;
  }

  /** A change happened somewhere: recompute once, however many triggers arrive before it starts. */
  void trigger(String why) {
    if (triggerQueued) {
      return;
    }
    triggerQueued = true;
    tail = tail.transform(ar -> {
      triggerQueued = false;
      return locked(null);
    });
    tail.onSuccess(r -> LOG.debug("live feed recomputed on {}: {}", why, r.toJson().encode()))
        .onFailure(t -> LOG.info("live feed not recomputed on {}: {}", why, t.getMessage()));
  }

  /**
   * A model was promoted: every model node loads it on the same event, so until the board is priced
   * by {@code modelId} the computation is retried ({@code attempts} times, {@code retryMs} apart)
   * rather than publishing the old model's prices as the new one's.
   */
  void triggerPromoted(String modelId, int attempts, long retryMs) {
    tail = tail.transform(ar -> locked(modelId)).recover(t -> {
      if (attempts > 1 && t instanceof StaleModel) {
        vertx.setTimer(retryMs, id -> triggerPromoted(modelId, attempts - 1, retryMs));
      } else {
        LOG.info("live feed not recomputed on promotion of {}: {}", modelId, t.getMessage());
      }
      return Future.succeededFuture();
    });
  }

  private Future<LiveRecompute> locked(String expectedModel) {
    long t0 = System.nanoTime();
    return vertx.sharedData().getLockWithTimeout(LOCK, config.lockTimeout().toMillis())
        .recover(t -> Future.failedFuture(Failures.unavailable("another node has held the feed's lock for "
            + config.lockTimeout().toSeconds() + " s")))
        .compose(lock -> vertx.sharedData().getCounter(COMPUTATIONS).compose(c -> c.incrementAndGet())
            .compose(n -> compute(t0, expectedModel)).andThen(ar -> lock.release()));
  }

  private Future<LiveRecompute> compute(long t0, String expectedModel) {
    return map().compose(m -> m.get(STATE_KEY).compose(raw -> {
      FeedState before = raw == null ? FeedState.EMPTY : EdgeJson.state(new JsonObject(raw));
      return board.read().compose(now -> {
        if (expectedModel != null && now.edges().values().stream()
            .anyMatch(e -> !expectedModel.equals(e.modelVersion()))) {
          return Future.failedFuture(new StaleModel(expectedModel));
        }
        BoardDiff.Result diff = BoardDiff.diff(before, now.edges(), now.slips(), config.rules(), clock.instant());
        Future<Void> stored = diff.events().isEmpty() ? Future.succeededFuture()
            : m.put(STATE_KEY, EdgeJson.state(diff.state()).encode());
        return stored.map(v -> {
          publish(diff.events());
          return new LiveRecompute(new JsonObject().put("events", diff.events().size()).put("seq", diff.state().seq())
              .put("edges", now.edges().size()).put("elapsed_ms", (System.nanoTime() - t0) / 1_000_000));
        });
      });
    }));
  }

  private void publish(List<EdgeEvent> events) {
    for (int from = 0; from < events.size(); from += EVENTS_PER_MESSAGE) {
      List<EdgeEvent> part = events.subList(from, Math.min(events.size(), from + EVENTS_PER_MESSAGE));
      JsonArray out = new JsonArray();
      part.forEach(e -> out.add(EdgeJson.busEvent(e)));
      vertx.eventBus().publish(Addresses.LIVE_EVENTS_EDGES, new JsonObject()
          .put("first_seq", part.get(0).seq()).put("last_seq", part.get(part.size() - 1).seq()).put("events", out));
    }
  }

  /** The board was priced by another model than the one just promoted (it is still loading). */
  private static final class StaleModel extends RuntimeException {
    StaleModel(String modelId) {
      super("the model nodes do not serve " + modelId + " yet", null, false, false);
    }
  }

  private Future<FeedState> state() {
    return map().compose(m -> m.get(STATE_KEY))
        .map(raw -> raw == null ? FeedState.EMPTY : EdgeJson.state(new JsonObject(raw)));
  }

  private Future<AsyncMap<String, String>> map() {
    Promise<AsyncMap<String, String>> p = Promise.promise();
    vertx.sharedData().<String, String>getAsyncMap(STATE_MAP).onComplete(p);
    return p.future();
  }
}
