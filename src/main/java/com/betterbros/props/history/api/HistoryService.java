package com.betterbros.props.history.api;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.history.core.Player;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;

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
  Future<TeamList> teams();

  /** A team's roster: {team, players:[player]}; 404 for an unknown team. */
  Future<Roster> roster(String teamId);

  /**
   * A player's games, newest first. Query: from, to (dates, inclusive), stats (comma list of stat
   * columns, default all), limit, offset. Reply: {player, items, total, limit, offset}.
   */
  Future<PlayerGames> playerGames(String playerId, PlayerGamesQuery query);

  /**
   * A player's averages split by home/away, last 5/10/20, opponent and days of rest. Query:
   * stat_types (comma list, default points,rebounds,assists,threes,pts_rebs_asts,minutes), before
   * (date, exclusive: only games before it), last_n (comma list, default 5,10,20).
   */
  Future<PlayerSplits> playerSplits(String playerId, PlayerSplitsQuery query);

  /**
   * A team's record and per-game averages (points for/against, pace) and its players' averages
   * over a date range. Query: from, to.
   */
  Future<TeamStats> teamStats(String teamId, TeamStatsQuery query);

  /** One game with both teams and its box scores: {game, home_team, away_team, box_scores}; 404 when unknown. */
  Future<GameDetail> game(String gameId);

  /** A player's games against one opponent, with averages: {player, opponent, games, averages}. */
  Future<Matchups> matchups(String playerId, String opponent);

  /**
   * Starts a history import job for the user: {@code format} "nba_gamelog", {@code body} the CSV
   * (plain or gzip). Checks the file first (400 not CSV or missing columns, 413 over 100,000 rows,
   * 429 when this node's import queue is full), then answers the queued job {job_id, id, status...}.
   */
  Future<ImportJob> importFile(String userId, String format, Buffer body);

  /**
   * Starts an ESPN sync job for the user. Body {source: "espn", from, to}: dates (YYYY-MM-DD,
   * inclusive, US/Eastern game dates), at most 62 days. Fills games (schedule, sides, start, final
   * scores, pace), box scores, players (with their ESPN identity, team and position) and injuries
   * (through the context service) for the range; re-running it changes nothing. 400 naming the
   * field (source, from, to), 429 when this node's sync queue is full; else the queued job
   * {job_id, id, status...} of kind "history_sync".
   */
  Future<SyncJob> sync(String userId, SyncRequest body);

  /**
   * Ties a board's players and games to canonical ids (props call it on every import). Body:
   * {source, players:[{key, external_id?, name, team, date}], games:[{key, sport, date, team,
   * opponent, start_time?, external_id?}]}. Reply: {players:{key: id or null}, games:{key: id},
   * matched, unmatched, games_created}. Unmatched players are listed at /history/identities/unmatched.
   */
  Future<ResolvedBoard> resolveBoard(BoardRequest board);

  /** Board players with no history match: {items:[{source, name, team, reason, props, last_seen}], total...}. */
  Future<UnmatchedPage> unmatched(UnmatchedQuery query);

  /**
   * Records a manual alias {source, player_id, external_id? | name?}: that platform id, or that
   * name on that platform, is the player. Reply: {identity}; the platform's stored props are
   * re-pointed in the background (event history.events.identity). 404 unknown player.
   */
  Future<IdentityCreated> addIdentity(IdentityRequest alias);

  /** A player's identities: {player, identities:[{source, external_id, method, created_at}]}. */
  Future<PlayerIdentities> identities(String playerId);
}
