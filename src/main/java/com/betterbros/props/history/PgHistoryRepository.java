package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.HistoryRows;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Teams, players, games and box scores in PostgreSQL, same contract as memory. A save runs in one
 * transaction under an advisory lock: it reads the stored rows of its keys, merges in Java with
 * the rules memory uses ({@link HistoryRows}), and writes only the rows that changed, a chunk at a
 * time through {@code unnest} arrays (one statement per chunk, not one per row).
 */
public final class PgHistoryRepository implements HistoryRepository {

  static final String FOREIGN_KEY_VIOLATION = "23503";
  /** Serialises concurrent history saves, so that read-merge-write cannot lose a merge. */
  static final long SAVE_LOCK = 0x4242_4849_5354L;
  static final int CHUNK = 2_000;

  private final Pool pool;

  public PgHistoryRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<SaveCounts> saveTeams(List<Team> teams) {
    return save(teams, "team", HistoryRows::team, Team::id, (fresh, old) -> fresh, PgHistoryRows.TEAMS);
  }

  @Override
  public Future<SaveCounts> savePlayers(List<Player> players) {
    return save(players, "player", HistoryRows::player, Player::id, HistoryRows::mergedPlayer,
        PgHistoryRows.PLAYERS);
  }

  @Override
  public Future<SaveCounts> saveGames(List<Game> games) {
    return save(games, "game", HistoryRows::game, Game::id, Game::mergedOnto, PgHistoryRows.GAMES);
  }

  /** Merges box scores by (player, date); an unknown player or game fails the whole save. */
  @Override
  public Future<SaveCounts> saveStats(List<PlayerGameStat> stats) {
    return save(stats, "stat", HistoryRows::stat, HistoryRows.StatKey::of, PlayerGameStat::mergedOnto,
        PgHistoryRows.STATS)
        .recover(err -> Future.failedFuture(
            err instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())
                ? new IllegalArgumentException("unknown player or game: " + pg.getDetail(), err)
                : err));
  }

  @Override
  public Future<List<Team>> teams() {
    return list(PgHistoryRows.TEAMS.all(), Tuple.tuple(), PgHistoryRows::team);
  }

  @Override
  public Future<Team> team(String id) {
    return one(PgHistoryRows.TEAMS.byId(), id, PgHistoryRows::team);
  }

  @Override
  public Future<Player> player(String id) {
    return one(PgHistoryRows.PLAYERS.byId(), id, PgHistoryRows::player);
  }

  @Override
  public Future<List<Player>> players() {
    return list(PgHistoryRows.PLAYERS.all(), Tuple.tuple(), PgHistoryRows::player);
  }

  @Override
  public Future<List<Player>> roster(String teamId) {
    return list(PgHistoryRows.ROSTER, Tuple.of(teamId), PgHistoryRows::player);
  }

  @Override
  public Future<Game> game(String id) {
    return one(PgHistoryRows.GAMES.byId(), id, PgHistoryRows::game);
  }

  @Override
  public Future<List<Game>> games(String teamId, LocalDate from, LocalDate to) {
    return list(PgHistoryRows.GAMES_OF, Tuple.of(teamId, from, to), PgHistoryRows::game);
  }

  @Override
  public Future<List<PlayerGameStat>> playerStats(String playerId, LocalDate from, LocalDate to) {
    return list(PgHistoryRows.PLAYER_STATS, Tuple.of(playerId, from, to), PgHistoryRows::stat);
  }

  @Override
  public Future<List<PlayerGameStat>> teamStats(String teamId, LocalDate from, LocalDate to) {
    return list(PgHistoryRows.TEAM_STATS, Tuple.of(teamId, from, to), PgHistoryRows::stat);
  }

  @Override
  public Future<List<PlayerGameStat>> gameStats(String gameId) {
    return list(PgHistoryRows.GAME_STATS, Tuple.of(gameId), PgHistoryRows::stat);
  }

  @Override
  public Future<List<PlayerGameStat>> stats(LocalDate from, LocalDate to) {
    return list(PgHistoryRows.ALL_STATS, Tuple.of(from, to), PgHistoryRows::stat);
  }

  private <K, T> Future<SaveCounts> save(List<T> rows, String what, UnaryOperator<T> check,
      Function<T, K> key, BinaryOperator<T> mergedOnto, PgHistoryRows.Table<K, T> table) {
    List<T> checked;
    try {
      checked = HistoryRows.checked(rows, what, check);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (checked.isEmpty()) {
      return Future.succeededFuture(SaveCounts.NONE);
    }
    List<K> keys = checked.stream().map(key).distinct().toList();
    return pool.withTransaction(conn -> conn.preparedQuery("SELECT pg_advisory_xact_lock($1)")
        .execute(Tuple.of(SAVE_LOCK))
        .compose(locked -> stored(conn, table, keys, 0, new HashMap<>()))
        .compose(stored -> {
          HistoryRows.Merge<T> merge = HistoryRows.merge(checked, key, stored, mergedOnto);
          return write(conn, table, merge.writes(), 0).map(merge.counts());
        }));
  }

  private static <K, T> Future<Map<K, T>> stored(SqlConnection conn, PgHistoryRows.Table<K, T> table,
      List<K> keys, int start, Map<K, T> into) {
    if (start >= keys.size()) {
      return Future.succeededFuture(into);
    }
    int end = Math.min(keys.size(), start + CHUNK);
    return conn.preparedQuery(table.storedByKeys()).execute(table.keyArrays().apply(keys.subList(start, end)))
        .compose(result -> {
          result.forEach(row -> {
            T t = table.mapper().apply(row);
            into.put(table.key().apply(t), t);
          });
          return stored(conn, table, keys, end, into);
        });
  }

  private static <K, T> Future<Void> write(SqlConnection conn, PgHistoryRows.Table<K, T> table, List<T> rows,
      int start) {
    if (start >= rows.size()) {
      return Future.succeededFuture();
    }
    int end = Math.min(rows.size(), start + CHUNK);
    return conn.preparedQuery(table.upsert()).execute(table.rowArrays().apply(rows.subList(start, end)))
        .compose(done -> write(conn, table, rows, end));
  }

  private <T> Future<T> one(String sql, String id, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : mapper.apply(rows.iterator().next()));
  }

  private <T> Future<List<T>> list(String sql, Tuple params, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(params).map(rows -> mapped(rows, mapper));
  }

  private static <T> List<T> mapped(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(mapper.apply(row)));
    return List.copyOf(out);
  }
}
