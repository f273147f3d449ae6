package com.betterbros.props.history;

import com.betterbros.props.history.api.HistoryReader;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of teams, players, games and box scores (PostgreSQL or in-memory, same contract).
 * Saves check every row first (all or nothing), then merge: teams are replaced by id; a player's
 * null team or position keeps the stored one; games merge by id ({@link Game#mergedOnto}) and box
 * scores by (player, date) ({@link PlayerGameStat#mergedOnto}), so a poorer source never erases a
 * richer one. A box score must name a stored player, and a stored game when it names one. Saves
 * answer what they did: rows inserted, updated, already as given. Date bounds are inclusive; a
 * null bound is open. Lists of games and stats are ordered by date, then id.
 */
public interface HistoryRepository extends HistoryReader {

  Future<SaveCounts> saveTeams(List<Team> teams);

  Future<SaveCounts> savePlayers(List<Player> players);

  Future<SaveCounts> saveGames(List<Game> games);

  Future<SaveCounts> saveStats(List<PlayerGameStat> stats);

  /** The team, or null. */
  Future<Team> team(String id);

  /** The player, or null. */
  Future<Player> player(String id);

  /** The players currently on a team's roster, ordered by id. */
  Future<List<Player>> roster(String teamId);

  /** The game, or null. */
  Future<Game> game(String id);

  Future<List<PlayerGameStat>> playerStats(String playerId, LocalDate from, LocalDate to);

  /** Box scores of a team's players. */
  Future<List<PlayerGameStat>> teamStats(String teamId, LocalDate from, LocalDate to);

  Future<List<PlayerGameStat>> gameStats(String gameId);
}
