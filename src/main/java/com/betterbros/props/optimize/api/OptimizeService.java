package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * Payout tables, slip simulation and slip optimisation at {@value Addresses#OPTIMIZE} (a worker verticle: the
 * probability computations never run on an event loop). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface OptimizeService {

  String ADDRESS = Addresses.OPTIMIZE;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static OptimizeService createProxy(Vertx vertx, DeliveryOptions options) {
    return new OptimizeServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * The payout version in force today (UTC): {version, source, effective_date, platforms:
   * {platform: {mode: {legs: {multipliers: {hits: M}, breakeven}}}}, versions: [{version, source,
   * effective_date}]}.
   */
  Future<Payouts> payouts();

  /**
   * One slip's hit distribution and economics. Body: {legs: [{p}], correlation?, method?:
   * "exact"|"monte_carlo", simulations?, seed?, payout: {platform, mode}}, or {prop_ids (2..6),
   * sides?} instead of legs and correlation (p from the production model, R from the correlation
   * service). Replies {p_all, hit_distribution, ev, p_profit, variance, kelly_fraction, std_error,
   * method, payout}, plus {legs: [{prop_id, side, p}], correlation, model_version} for prop_ids.
   * 400 naming the bad field, 422 {@code payout} when the mode has no table of that many legs;
   * for prop_ids also the model's and correlation service's 404, 422 and 503.
   */
  Future<SlipSimulation> simulate(SlipSimulationRequest body);

  /**
   * The best slips of a board. Body: {legs: [{id, p, player, team, game, multiplier?}] (2..1000), correlation?
   * (required when legs share a game), size (2..6), payout: {platform, mode}, method?:
   * "exact"|"genetic"|"greedy", top_k? (1..20), seed? (genetic, and exact's genetic fallback),
   * time_limit_ms? (exact: 10..8000, default 2000), constraints?: {min_teams, distinct_players,
   * max_per_game, max_per_team, min_leg_edge, max_exposure}}. Replies {slips: [{legs, p_all,
   * hit_distribution, ev, kelly_fraction}], method, evaluated, elapsed_ms, payout}, and for exact
   * {search: {method, optimal, upper_bound, gap, fallback, exact_ms, elapsed_ms, time_limit_ms}}.
   * {prop_ids (2..1000)} may replace legs and correlation: each prop on the model's better side,
   * R from the correlation service per game (0 across games); the reply adds {legs: [{prop_id,
   * side, p}], model_version}. 400 naming the bad field, 422 naming the constraint no slip can
   * satisfy or {@code payout} when the mode has no table of that size; for prop_ids also the other
   * services' 404, 422, 503.
   */
  Future<ParlaysResult> parlays(SlipSearchRequest body);

  /**
   * Slip detection on the current board. Query: limit (1..500, default 50) per list. Replies
   * {model_version, payout_version, slip_types: [{platform, mode, legs, breakeven, qualifying:
   * [{prop_id, side, p, edge}], total}], discrepancies: [{player_id, stat_type, game_id,
   * prizepicks: {prop_id, line, p_over}, underdog: {prop_id, line, p_over}}],
   * total_discrepancies}. 400 {@code limit}, 503 while no production model exists.
   */
  Future<DetectedSlips> slips(SlipDetectionQuery query);
}
