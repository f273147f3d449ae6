package com.betterbros.props.optimize;

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
  Future<JsonObject> payouts();

  /**
   * One slip's hit distribution and economics. Body: {legs: [{p}], correlation?, method?:
   * "exact"|"monte_carlo", simulations?, seed?, payout: {platform, mode}}. Replies {p_all,
   * hit_distribution, ev, p_profit, variance, kelly_fraction, std_error, method, payout}. 400
   * naming the bad field (also {@code prop_ids}, not supported yet), 422 {@code payout} when the
   * mode has no table of that many legs.
   */
  Future<JsonObject> simulate(JsonObject body);

  /**
   * The best slips of a board. Body: {legs: [{id, p, player, team, game}] (2..300), correlation?
   * (required when legs share a game), size (2..6), payout: {platform, mode}, method?:
   * "exact"|"genetic"|"greedy", top_k? (1..20), seed? (genetic), constraints?: {min_teams,
   * distinct_players, max_per_game, max_per_team, min_leg_edge, max_exposure}}. Replies {slips:
   * [{legs, p_all, hit_distribution, ev, kelly_fraction}], method, evaluated, elapsed_ms, payout}.
   * 400 naming the bad field (also {@code prop_ids}, not supported yet), 422 naming the constraint
   * no slip can satisfy, {@code payout} when the mode has no table of that size, or {@code method}
   * when the exact search would pass its work budget.
   */
  Future<JsonObject> parlays(JsonObject body);
}
