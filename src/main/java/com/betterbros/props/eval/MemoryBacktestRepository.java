package com.betterbros.props.eval;

import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backtests in memory (embedded mode); documents are copied in and out, so callers cannot change what is stored. */
public final class MemoryBacktestRepository implements BacktestRepository {

  private final Map<String, Stored> backtests = new LinkedHashMap<>();
  private final Map<String, List<JsonObject>> bets = new LinkedHashMap<>();

  @Override
  public synchronized Future<Void> save(Stored backtest, List<JsonObject> placed) {
    if (backtests.containsKey(backtest.id())) {
      return Future.failedFuture(new IllegalStateException("backtest " + backtest.id() + " already exists"));
    }
    backtests.put(backtest.id(), copy(backtest));
    bets.put(backtest.id(), placed.stream().map(JsonObject::copy).toList());
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Stored> find(String id, String userId) {
    Stored s = backtests.get(id);
    return Future.succeededFuture(s == null || !owns(s, userId) ? null : copy(s));
  }

  @Override
  public synchronized Future<Page<JsonObject>> list(String userId, int limit, int offset) {
    List<Stored> mine = new ArrayList<>(backtests.values().stream().filter(s -> owns(s, userId)).toList());
    mine.sort(Comparator.comparing(Stored::createdAt).reversed().thenComparing(Stored::id));
    List<JsonObject> page = mine.stream().skip(offset).limit(limit)
        .map(s -> s.document().copy().put("user_id", s.userId())).toList();
    return Future.succeededFuture(new Page<>(page, mine.size(), limit, offset));
  }

  @Override
  public synchronized Future<Page<JsonObject>> bets(String id, String userId, int limit, int offset) {
    Stored s = backtests.get(id);
    if (s == null || !owns(s, userId)) {
      return Future.succeededFuture(null);
    }
    List<JsonObject> all = bets.get(id);
    List<JsonObject> page = all.stream().skip(offset).limit(limit).map(JsonObject::copy).toList();
    return Future.succeededFuture(new Page<>(page, all.size(), limit, offset));
  }

  @Override
  public synchronized Future<Boolean> delete(String id, String userId) {
    Stored s = backtests.get(id);
    if (s == null || !owns(s, userId)) {
      return Future.succeededFuture(false);
    }
    backtests.remove(id);
    bets.remove(id);
    return Future.succeededFuture(true);
  }

  /** Whether {@code userId} owns the backtest; a null user id means any owner. */
  private static boolean owns(Stored s, String userId) {
    return userId == null || s.userId().equals(userId);
  }

  private static Stored copy(Stored s) {
    return new Stored(s.id(), s.userId(), s.createdAt(), s.document().copy());
  }
}
