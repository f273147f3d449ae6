package com.betterbros.props.model;

import com.betterbros.props.features.HistoryIndex;
import com.betterbros.props.store.Stores;
import com.betterbros.props.history.Game;
import com.betterbros.props.history.Player;
import com.betterbros.props.props.Prop;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;

/**
 * The data snapshot and history index predictions read, rebuilt when older than the TTL or when
 * invalidated (an import changed props). Used from one worker context, so no locking.
 */
public final class SnapshotCache {

  /** A snapshot with its index and lookups by id. */
  public record Snapshot(DataSnapshot data, HistoryIndex index, Map<String, Prop> props, Map<String, Game> games,
      Map<String, Player> players, long builtAtNanos) {

    static Snapshot of(DataSnapshot data) {
      Map<String, Prop> props = new HashMap<>();
      data.props().forEach(p -> props.put(p.id(), p));
      Map<String, Game> games = new HashMap<>();
      data.games().forEach(g -> games.put(g.id(), g));
      Map<String, Player> players = new HashMap<>();
      data.players().forEach(p -> players.put(p.id(), p));
      return new Snapshot(data, HistoryIndexes.of(data), props, games, players, System.nanoTime());
    }
  }

  private final Stores stores;
  private final long ttlNanos;
  private Snapshot snapshot;
  private Future<Snapshot> building;

  public SnapshotCache(Stores stores, Duration ttl) {
    this.stores = stores;
    this.ttlNanos = ttl.toNanos();
  }

  public Future<Snapshot> get() {
    if (snapshot != null && System.nanoTime() - snapshot.builtAtNanos() < ttlNanos) {
      return Future.succeededFuture(snapshot);
    }
    if (building == null) {
      // Assign before listening: with in-memory repositories the load can complete synchronously.
      Future<Snapshot> load = DataSnapshot.load(stores).map(Snapshot::of);
      building = load;
      load.onComplete(ar -> {
        if (building == load) {
          building = null;
        }
        if (ar.succeeded()) {
          snapshot = ar.result();
        }
      });
      return load;
    }
    return building;
  }

  public void invalidate() {
    snapshot = null;
  }
}
