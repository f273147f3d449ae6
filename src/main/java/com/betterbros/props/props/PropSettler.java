package com.betterbros.props.props;

import com.betterbros.props.history.api.HistoryReader;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.props.core.Prop;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settlement pass: walks the started, unsettled props ({@link PropRepository#unsettled}) in
 * batches, reads the box scores of each batch's dates from the history (in-process,
 * {@link HistoryReader}) and records the outcomes {@link Settlement#settle} finds. The props
 * verticle runs it at start, when the history changes and after an import; requests that arrive
 * during a pass are folded into one more pass after it, so passes never overlap. Everything runs
 * on the verticle's event loop, one batch per task (a batch's grading is a few milliseconds).
 */
final class PropSettler {

  static final int BATCH = 1_000;

  private final PropRepository repository;
  private final HistoryReader history;
  private final Clock clock;
  private final Vertx vertx;
  private Promise<Integer> running;
  private Promise<Integer> next;

  PropSettler(Vertx vertx, PropRepository repository, HistoryReader history, Clock clock) {
    this.vertx = vertx;
    this.repository = repository;
    this.history = history;
    this.clock = clock;
  }

  /**
   * A pass that starts after every change seen so far: now when idle, else once the running pass
   * ends (requests meanwhile share that one). Completes with the number of props it settled.
   */
  synchronized Future<Integer> request() {
    if (running == null) {
      Promise<Integer> pass = Promise.promise();
      running = pass;
      start(pass); // may complete at once (the in-memory store answers synchronously)
      return pass.future();
    }
    if (next == null) {
      next = Promise.promise();
    }
    return next.future();
  }

  private void start(Promise<Integer> pass) {
    pass().onComplete(ar -> {
      Promise<Integer> queued;
      synchronized (this) {
        queued = next;
        next = null;
        running = queued;
      }
      if (queued != null) {
        start(queued);
      }
      pass.handle(ar);
    });
  }

  /** One pass over every started, unsettled prop at the clock's instant. */
  Future<Integer> pass() {
    Instant now = clock.instant();
    return history.players().compose(players -> {
      Set<String> known = new HashSet<>();
      for (Player p : players) {
        known.add(p.id());
      }
      return batch(now, known, null, null, 0);
    });
  }

  /**
   * The next batch as a task of its own on the event loop: the in-memory stores answer at once, so
   * without this a first pass over a whole season would hold the loop for all its batches.
   */
  private Future<Integer> next(Instant now, Set<String> known, Prop last, int settled) {
    Promise<Integer> done = Promise.promise();
    vertx.runOnContext(v -> batch(now, known, last.startTime(), last.id(), settled).onComplete(done));
    return done.future();
  }

  private Future<Integer> batch(Instant now, Set<String> known, Instant afterStart, String afterId, int settled) {
    return repository.unsettled(now, afterStart, afterId, BATCH).compose(props -> {
      if (props.isEmpty()) {
        return Future.succeededFuture(settled);
      }
      Prop first = props.get(0);
      Prop last = props.get(props.size() - 1);
      // a game's date is US/Eastern: one day either side of the props' start dates covers it
      LocalDate from = GameIds.easternDate(first.startTime()).minusDays(1);
      LocalDate to = GameIds.easternDate(last.startTime()).plusDays(1);
      Future<List<Game>> games = history.games(null, from, to);
      Future<List<PlayerGameStat>> stats = history.stats(from, to);
      return Future.all(games, stats)
          .compose(all -> repository.settle(Settlement.settle(props, games.result(), stats.result(), known, now)))
          .compose(n -> props.size() < BATCH ? Future.succeededFuture(settled + n)
              : next(now, known, last, settled + n));
    });
  }
}
