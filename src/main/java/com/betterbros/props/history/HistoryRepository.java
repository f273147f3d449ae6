package com.betterbros.props.history;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of teams, players, games and box scores (PostgreSQL or in-memory, same contract).
 * Saves are upserts by id (stats by player and game). Date bounds are inclusive; a null bound is open.
 * Lists of games and stats are ordered by date, then id.
 */
public interface HistoryRepository {

  Future<Void> saveTeams(List<Team> teams);

  Future<Void> savePlayers(List<Player> players);

  Future<Void> saveGames(List<Game> games);

  Future<Void> saveStats(List<PlayerGameStat> stats);

  Future<List<Team>> teams();

  /** The team, or null. */
  Future<Team> team(String id);

  /** The player, or null. */
  Future<Player> player(String id);

  /** The players currently on a team's roster, ordered by id. */
  Future<List<Player>> roster(String teamId);

  /** The game, or null. */
  Future<Game> game(String id);

  /** Games with this team home or away (all teams when teamId is null). */
  Future<List<Game>> games(String teamId, LocalDate from, LocalDate to);

  Future<List<PlayerGameStat>> playerStats(String playerId, LocalDate from, LocalDate to);

  /** Box scores of a team's players. */
  Future<List<PlayerGameStat>> teamStats(String teamId, LocalDate from, LocalDate to);

  Future<List<PlayerGameStat>> gameStats(String gameId);
}
