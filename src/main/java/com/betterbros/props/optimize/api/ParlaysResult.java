package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The best slips of a board (schema {@code ParlaysResult}), best first; {@code seed} only for the
 * genetic method; {@code legs} and {@code model_version} only when the board was given as prop ids.
 */
@DataObject
public final class ParlaysResult implements JsonView {

  private final JsonObject json;

  public ParlaysResult(JsonObject json) {
    this.json = json;
  }

  public List<SlipView> getSlips() {
    JsonArray a = json.getJsonArray("slips");
    return a == null ? null : a.stream().map(o -> new SlipView((JsonObject) o)).toList();
  }

  /** exact, genetic or greedy. */
  public String getMethod() {
    return json.getString("method");
  }

  /** Slips whose probability was computed. */
  public long getEvaluated() {
    return json.getLong("evaluated");
  }

  public long getElapsedMs() {
    return json.getLong("elapsed_ms");
  }

  public SlipPayout getPayout() {
    JsonObject o = json.getJsonObject("payout");
    return o == null ? null : new SlipPayout(o);
  }

  public Long getSeed() {
    return json.getLong("seed");
  }

  public List<PricedLeg> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(o -> new PricedLeg((JsonObject) o)).toList();
  }

  /**
   * The exact method's report: {method, optimal, upper_bound, gap, fallback, exact_ms, elapsed_ms,
   * time_limit_ms}; null for the other methods.
   */
  public JsonObject getSearch() {
    return json.getJsonObject("search");
  }

  /**
   * The returned slips taken together, one unit on each: {slips, legs, stake, p_any_pays,
   * p_any_pays_std_error, expected_profit, expected_profit_std_error, p_profit, p_profit_std_error,
   * total_ev, method, simulations, seed, max_exposure_cap, selection: {method, pool_size?, nodes?,
   * optimal?, total_ev?, greedy_total_ev?, greedy_slips?}}, from one correlated simulation.
   */
  public JsonObject getPortfolio() {
    return json.getJsonObject("portfolio");
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
