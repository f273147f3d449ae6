package com.betterbros.props.history;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * Player and team history on the event bus at {@value Addresses#HISTORY}. Failures are
 * {@code ServiceException}s whose code is the HTTP status. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface HistoryService {

  String ADDRESS = Addresses.HISTORY;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static HistoryService createProxy(Vertx vertx, DeliveryOptions options) {
    return new HistoryServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /** Every team: {items:[team], total}. */
  Future<JsonObject> teams();

  /** A team's roster: {team, players:[player]}; 404 for an unknown team. */
  Future<JsonObject> roster(String teamId);

  /**
   * A player's games, newest first. Query: from, to (dates, inclusive), stats (comma list of stat
   * columns, default all), limit, offset. Reply: {player, items, total, limit, offset}.
   */
  Future<JsonObject> playerGames(String playerId, JsonObject query);

  /**
   * A player's averages split by home/away, last 5/10/20, opponent and days of rest. Query:
   * stat_types (comma list, default points,rebounds,assists,threes,pts_rebs_asts,minutes), before
   * (date, exclusive: only games before it), last_n (comma list, default 5,10,20).
   */
  Future<JsonObject> playerSplits(String playerId, JsonObject query);

  /**
   * A team's record and per-game averages (points for/against, pace) and its players' averages
   * over a date range. Query: from, to.
   */
  Future<JsonObject> teamStats(String teamId, JsonObject query);

  /** One game with both teams and its box scores: {game, home_team, away_team, box_scores}; 404 when unknown. */
  Future<JsonObject> game(String gameId);

  /** A player's games against one opponent, with averages: {player, opponent, games, averages}. */
  Future<JsonObject> matchups(String playerId, String opponent);
}
