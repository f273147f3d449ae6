package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What {@code startBacktest} runs (the {@code POST /eval/backtests} body). {@code from}, {@code to} and
 * {@code strategy} are required; the rest have defaults. Validated by the eval service: 400 naming the
 * field, 404/409 for the model, 422 when the model or a slip cannot be used.
 */
@DataObject
public final class BacktestRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BacktestRequest() {
    this(new JsonObject());
  }

  public BacktestRequest(JsonObject json) {
    this.json = json;
  }

  /** First game date, YYYY-MM-DD. */
  public BacktestRequest setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** Last game date, inclusive; at most 366 days after from. */
  public BacktestRequest setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** production (the default) or one of your experiment ids: the model whose recipe is retrained, or which is used as is. */
  public BacktestRequest setModel(String model) {
    json.put("model", model);
    return this;
  }

  /** Retrain on everything before the day every this many days (default 7); 0 uses the model as trained, which must have trained before from. */
  public BacktestRequest setRetrainEveryDays(Integer retrainEveryDays) {
    json.put("retrain_every_days", retrainEveryDays);
    return this;
  }

  /** single_legs, top_slips or greedy_slips. */
  public BacktestRequest setStrategy(String strategy) {
    json.put("strategy", strategy);
    return this;
  }

  /** The smallest leg edge (p of the side minus its breakeven) a strategy plays, -0.5..0.5, default 0. */
  public BacktestRequest setMinEdge(Double minEdge) {
    json.put("min_edge", minEdge);
    return this;
  }

  /** Slip strategies: {size 2..6 (3), mode power|flex (power), k 1..20 slips per platform per day (3), method exact|genetic (exact)}. */
  public BacktestRequest setSlip(JsonObject slip) {
    json.put("slip", slip);
    return this;
  }

  /** flat (the default) or kelly. */
  public BacktestRequest setStaking(String staking) {
    json.put("staking", staking);
    return this;
  }

  /** Flat: the stake of every bet (default 1). */
  public BacktestRequest setUnit(Double unit) {
    json.put("unit", unit);
    return this;
  }

  /** Kelly: the share of each bet's full Kelly fraction staked, (0, 1], default 0.25. */
  public BacktestRequest setKellyFraction(Double kellyFraction) {
    json.put("kelly_fraction", kellyFraction);
    return this;
  }

  /** Kelly: the most one bet stakes, as a share of the bankroll, default 0.05. */
  public BacktestRequest setMaxBetFraction(Double maxBetFraction) {
    json.put("max_bet_fraction", maxBetFraction);
    return this;
  }

  /** Kelly: the most one day stakes, as a share of the bankroll, default 0.25. */
  public BacktestRequest setMaxDayFraction(Double maxDayFraction) {
    json.put("max_day_fraction", maxDayFraction);
    return this;
  }

  /** The starting bankroll in units, default 100. */
  public BacktestRequest setBankroll(Double bankroll) {
    json.put("bankroll", bankroll);
    return this;
  }

  /** prizepicks and/or underdog (default both). */
  public BacktestRequest setPlatforms(List<String> platforms) {
    json.put("platforms", platforms == null ? null : new JsonArray(platforms));
    return this;
  }

  /** The stat types bet on (default every one the model prices). */
  public BacktestRequest setStatTypes(List<String> statTypes) {
    json.put("stat_types", statTypes == null ? null : new JsonArray(statTypes));
    return this;
  }

  /** Training and the genetic search's seed (default 42). */
  public BacktestRequest setSeed(Long seed) {
    json.put("seed", seed);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
