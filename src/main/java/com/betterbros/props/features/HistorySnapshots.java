package com.betterbros.props.features;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.context.api.InjuryReader;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.api.HistoryReader;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's one history snapshot, shared by every domain that reads the history (features, model,
 * correlations, training): loaded with one query per kind of record, indexed once on a worker
 * thread ({@value #POOL}, one thread), and swapped atomically. It is rebuilt when history changes
 * ({@value Addresses#HISTORY_EVENTS_CHANGED}: imports, syncs, board games, aliases) and when older
 * than the TTL (writes from outside the cluster, such as the seed command). A caller during a
 * rebuild after a change waits for the new snapshot, so a job that has finished is visible to the
 * next request; changes during a rebuild trigger one more rebuild, never a pile of them. Past the
 * TTL the old snapshot keeps being served while the new one builds (no request waits for it).
 */
public final class HistorySnapshots implements SnapshotSource {

  static final String POOL = "history-snapshot";
  private static final Logger LOG = LoggerFactory.getLogger(HistorySnapshots.class);

  private final HistoryReader history;
  private final InjuryReader context;
  private final long ttlNanos;
  private final AtomicReference<HistorySnapshot> current = new AtomicReference<>();
  private WorkerExecutor workers;
  private long builtAt;
  private boolean stale = true;
  private Future<HistorySnapshot> building;
  /** Whether the build running was started for a change (or a first load): callers wait for it. */
  private boolean buildSeesChange;
  private boolean listening;

  public HistorySnapshots(HistoryReader history, InjuryReader context, Duration ttl) {
    this.history = history;
    this.context = context;
    this.ttlNanos = ttl.toNanos();
  }

  /** Subscribes to history changes (once per node, whichever domain verticle starts first). */
  @Override
  public synchronized void listen(Vertx vertx) {
    if (listening) {
      return;
    }
    listening = true;
    workers = vertx.createSharedWorkerExecutor(POOL, 1);
    vertx.eventBus().consumer(Addresses.HISTORY_EVENTS_CHANGED, msg -> invalidate());
  }

  /**
   * The current snapshot: built on first use and rebuilt after a change, both waited for; past
   * the TTL alone (no change seen) the snapshot in hand is served while a rebuild runs behind it.
   */
  @Override
  public synchronized Future<HistorySnapshot> get() {
    HistorySnapshot now = current.get();
    if (building != null) {
      if (stale) {
        // a change came after this build read the stores: wait for the one after it
        return building.transform(ar -> get());
      }
      return buildSeesChange || now == null ? building : Future.succeededFuture(now);
    }
    if (now != null && !stale && System.nanoTime() - builtAt < ttlNanos) {
      return Future.succeededFuture(now);
    }
    boolean change = now == null || stale;
    Future<HistorySnapshot> rebuilt = build(change);
    return change ? rebuilt : Future.succeededFuture(now);
  }

  private Future<HistorySnapshot> build(boolean change) {
    if (workers == null) {
      throw new IllegalStateException("HistorySnapshots.listen(vertx) was not called");
    }
    stale = false;
    buildSeesChange = change;
    long started = System.nanoTime();
    Promise<HistorySnapshot> promise = Promise.promise();
    Future<HistorySnapshot> future = promise.future();
    building = future;
    Future.all(history.teams(), history.players(), history.games(null, null, null), history.stats(null, null),
            context.injuries(null, null))
        .compose(all -> workers.<HistorySnapshot>executeBlocking(() -> HistorySnapshot.of(all.resultAt(0),
            all.resultAt(1), all.resultAt(2), all.resultAt(3), all.resultAt(4)), false))
        .onComplete(ar -> {
          synchronized (this) {
            if (building == future) {
              building = null;
            }
            if (ar.succeeded()) {
              current.set(ar.result());
              builtAt = started;
              LOG.info("history snapshot {} built in {} ms ({} box scores)", ar.result().version(),
                  (System.nanoTime() - started) / 1_000_000, ar.result().stats().size());
            } else {
              stale = true;
              LOG.warn("history snapshot build failed: {}", ar.cause().toString());
            }
          }
          promise.handle(ar);
        });
    return future;
  }

  /** Marks the snapshot stale: the next {@link #get} rebuilds it (once, however many changes came). */
  public synchronized void invalidate() {
    stale = true;
  }
}
