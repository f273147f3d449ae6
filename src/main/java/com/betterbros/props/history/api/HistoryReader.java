package com.betterbros.props.history.api;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/**
 * Reading the whole history in-process, for the node's shared history snapshot (features): the
 * history repository implements it and {@code app} hands it over. Date bounds are inclusive, a
 * null bound is open; games and box scores come ordered by date, then id.
 */
public interface HistoryReader {

  Future<List<Team>> teams();

  /** Every player, ordered by id. */
  Future<List<Player>> players();

  /** Games with this team home or away (all teams when teamId is null). */
  Future<List<Game>> games(String teamId, LocalDate from, LocalDate to);

  /** Every box score in the range, with or without a team (ordered by date, then player). */
  Future<List<PlayerGameStat>> stats(LocalDate from, LocalDate to);
}
