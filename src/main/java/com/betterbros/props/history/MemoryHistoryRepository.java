package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.HistoryRows;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Teams, players, games and box scores in memory, with the same contract as
 * {@link PgHistoryRepository}: a box score must name a stored player, and a stored game when it
 * names one (the schema's foreign keys). All access holds the repository's lock; records are
 * stored without copying.
 */
public final class MemoryHistoryRepository implements HistoryRepository {

  private final NavigableMap<String, Team> teams = new TreeMap<>();
  private final NavigableMap<String, Player> players = new TreeMap<>();
  private final Map<String, Game> games = new HashMap<>();
  private final NavigableMap<PlayerGameStat, PlayerGameStat> all = new TreeMap<>(HistoryRows.STAT_ORDER);
  private final Map<HistoryRows.StatKey, PlayerGameStat> stats = new HashMap<>();
  private final Map<String, NavigableMap<PlayerGameStat, PlayerGameStat>> statsByPlayer = new HashMap<>();
  private final Map<String, NavigableMap<PlayerGameStat, PlayerGameStat>> statsByTeam = new HashMap<>();
  private final Map<String, NavigableMap<PlayerGameStat, PlayerGameStat>> statsByGame = new HashMap<>();

  /** Replaces teams by id; all or nothing. */
  @Override
  public synchronized Future<SaveCounts> saveTeams(List<Team> rows) {
    return save(rows, "team", HistoryRows::team, Team::id, teams, (fresh, old) -> fresh, t -> teams.put(t.id(), t));
  }

  /** Merges players by id; all or nothing. */
  @Override
  public synchronized Future<SaveCounts> savePlayers(List<Player> rows) {
    return save(rows, "player", HistoryRows::player, Player::id, players, HistoryRows::mergedPlayer,
        p -> players.put(p.id(), p));
  }

  /** Merges games by id; all or nothing. */
  @Override
  public synchronized Future<SaveCounts> saveGames(List<Game> rows) {
    return save(rows, "game", HistoryRows::game, Game::id, games, Game::mergedOnto, g -> games.put(g.id(), g));
  }

  /** Merges box scores by (player, date); each must name a stored player and, if any, a stored game. */
  @Override
  public synchronized Future<SaveCounts> saveStats(List<PlayerGameStat> rows) {
    return save(rows, "stat", s -> {
      HistoryRows.stat(s);
      if (!players.containsKey(s.playerId()) || (s.gameId() != null && !games.containsKey(s.gameId()))) {
        throw new IllegalArgumentException(
            "unknown player or game: (" + s.playerId() + ", " + s.gameId() + ")");
      }
      return s;
    }, HistoryRows.StatKey::of, stats, PlayerGameStat::mergedOnto, this::putStat);
  }

  @Override
  public synchronized Future<List<Team>> teams() {
    return Future.succeededFuture(List.copyOf(teams.values()));
  }

  @Override
  public synchronized Future<Team> team(String id) {
    return Future.succeededFuture(id == null ? null : teams.get(id));
  }

  @Override
  public synchronized Future<Player> player(String id) {
    return Future.succeededFuture(id == null ? null : players.get(id));
  }

  @Override
  public synchronized Future<List<Player>> players() {
    return Future.succeededFuture(List.copyOf(players.values()));
  }

  @Override
  public synchronized Future<List<Player>> roster(String teamId) {
    return Future.succeededFuture(players.values().stream()
        .filter(p -> teamId != null && teamId.equals(p.teamId()))
        .toList());
  }

  @Override
  public synchronized Future<Game> game(String id) {
    return Future.succeededFuture(id == null ? null : games.get(id));
  }

  @Override
  public synchronized Future<List<Game>> games(String teamId, LocalDate from, LocalDate to) {
    return Future.succeededFuture(games.values().stream()
        .filter(g -> teamId == null || g.involves(teamId))
        .filter(g -> HistoryRows.within(g.date(), from, to))
        .sorted(HistoryRows.GAME_ORDER)
        .toList());
  }

  @Override
  public synchronized Future<List<PlayerGameStat>> playerStats(
      String playerId, LocalDate from, LocalDate to) {
    return Future.succeededFuture(between(statsByPlayer.get(playerId), from, to));
  }

  @Override
  public synchronized Future<List<PlayerGameStat>> teamStats(
      String teamId, LocalDate from, LocalDate to) {
    return Future.succeededFuture(between(statsByTeam.get(teamId), from, to));
  }

  @Override
  public synchronized Future<List<PlayerGameStat>> gameStats(String gameId) {
    return Future.succeededFuture(between(statsByGame.get(gameId), null, null));
  }

  @Override
  public synchronized Future<List<PlayerGameStat>> stats(LocalDate from, LocalDate to) {
    return Future.succeededFuture(between(all, from, to));
  }

  private static <K, T> Future<SaveCounts> save(List<T> rows, String what, UnaryOperator<T> check,
      Function<T, K> key, Map<K, T> stored, BinaryOperator<T> mergedOnto, Consumer<T> put) {
    HistoryRows.Merge<T> merge;
    try {
      merge = HistoryRows.merge(HistoryRows.checked(rows, what, check), key, stored, mergedOnto);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    merge.writes().forEach(put);
    return Future.succeededFuture(merge.counts());
  }

  private void putStat(PlayerGameStat s) {
    PlayerGameStat previous = stats.put(HistoryRows.StatKey.of(s), s);
    if (previous != null) {
      all.remove(previous);
      unindex(statsByPlayer, previous.playerId(), previous);
      unindex(statsByTeam, previous.teamId(), previous);
      unindex(statsByGame, previous.gameId(), previous);
    }
    all.put(s, s);
    index(statsByPlayer, s.playerId(), s);
    index(statsByTeam, s.teamId(), s);
    index(statsByGame, s.gameId(), s);
  }

  private static void index(
      Map<String, NavigableMap<PlayerGameStat, PlayerGameStat>> index, String key, PlayerGameStat s) {
    if (key != null) {
      index.computeIfAbsent(key, k -> new TreeMap<>(HistoryRows.STAT_ORDER)).put(s, s);
    }
  }

  private static void unindex(
      Map<String, NavigableMap<PlayerGameStat, PlayerGameStat>> index, String key, PlayerGameStat s) {
    NavigableMap<PlayerGameStat, PlayerGameStat> entries = key == null ? null : index.get(key);
    if (entries != null) {
      entries.remove(s);
    }
  }

  /** The stats of one index entry whose date lies within inclusive bounds, in stat order. */
  private static List<PlayerGameStat> between(
      NavigableMap<PlayerGameStat, PlayerGameStat> entries, LocalDate from, LocalDate to) {
    if (entries == null) {
      return List.of();
    }
    List<PlayerGameStat> out = new ArrayList<>();
    for (PlayerGameStat s : entries.values()) {
      if (HistoryRows.within(s.date(), from, to)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
