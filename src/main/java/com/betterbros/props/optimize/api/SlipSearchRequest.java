package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What {@code parlays} searches: a board of explicit legs (2..300) with their correlation, or prop ids
 * (2..300); the slip size (2..6), payout, method (exact, genetic or greedy), how many slips
 * ({@code top_k}, 1..20), the genetic method's seed and the constraints.
 */
@DataObject
public final class SlipSearchRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipSearchRequest() {
    this(new JsonObject());
  }

  public SlipSearchRequest(JsonObject json) {
    this.json = json;
  }

  /** The board's correlation matrix, row by row. */
  public SlipSearchRequest withCorrelation(double[][] r) {
    json.put("correlation", Matrices.json(r));
    return this;
  }

  public SlipSearchRequest setLegs(List<SlipLeg> legs) {
    json.put("legs", legs == null ? null : new JsonArray(legs.stream().map(v -> v.toJson()).toList()));
    return this;
  }

  public SlipSearchRequest setCorrelation(JsonArray correlation) {
    json.put("correlation", correlation);
    return this;
  }

  public SlipSearchRequest setPropIds(List<String> propIds) {
    json.put("prop_ids", propIds == null ? null : new JsonArray(propIds));
    return this;
  }

  public SlipSearchRequest setSize(Integer size) {
    json.put("size", size);
    return this;
  }

  public SlipSearchRequest setPayout(PayoutChoice payout) {
    json.put("payout", payout == null ? null : payout.toJson());
    return this;
  }

  public SlipSearchRequest setMethod(String method) {
    json.put("method", method);
    return this;
  }

  public SlipSearchRequest setTopK(Integer topK) {
    json.put("top_k", topK);
    return this;
  }

  public SlipSearchRequest setSeed(Long seed) {
    json.put("seed", seed);
    return this;
  }

  /** The exact method's time budget in milliseconds (10..8,000, default 2,000). */
  public SlipSearchRequest setTimeLimitMs(Long timeLimitMs) {
    json.put("time_limit_ms", timeLimitMs);
    return this;
  }

  /** How the returned slips are simulated together: {simulations (1,000..500,000, default 50,000), seed (default 42)}. */
  public SlipSearchRequest setPortfolio(JsonObject portfolio) {
    json.put("portfolio", portfolio);
    return this;
  }

  public SlipSearchRequest setConstraints(SlipRules constraints) {
    json.put("constraints", constraints == null ? null : constraints.toJson());
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
