package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One slip's hit distribution and economics (schema {@code SlipSimulation}); {@code simulations} and
 * {@code seed} only for Monte Carlo; {@code legs}, {@code correlation} and {@code model_version} only
 * when the slip was given as prop ids. Without a payout, the economics ({@code ev}, {@code p_profit},
 * {@code variance}, {@code kelly_fraction}) and {@code payout} are null: the probabilities stand alone.
 */
@DataObject
public final class SlipSimulation implements JsonView {

  private final JsonObject json;

  public SlipSimulation(JsonObject json) {
    this.json = json;
  }

  public double getPAll() {
    return json.getDouble("p_all");
  }

  /** P(exactly k legs win), k = 0..n. */
  public List<Double> getHitDistribution() {
    JsonArray a = json.getJsonArray("hit_distribution");
    return a == null ? null : a.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  /** Expected value per unit staked. */
  public Double getEv() {
    return json.getDouble("ev");
  }

  public Double getPProfit() {
    return json.getDouble("p_profit");
  }

  public Double getVariance() {
    return json.getDouble("variance");
  }

  public Double getKellyFraction() {
    return json.getDouble("kelly_fraction");
  }

  /** E[K], the expected number of winning legs. */
  public double getHitsMean() {
    return json.getDouble("hits_mean");
  }

  /** Var(K) of the number of winning legs (correlation included). */
  public double getHitsVariance() {
    return json.getDouble("hits_variance");
  }

  public double getStdError() {
    return json.getDouble("std_error");
  }

  /** exact or monte_carlo. */
  public String getMethod() {
    return json.getString("method");
  }

  public SlipPayout getPayout() {
    JsonObject o = json.getJsonObject("payout");
    return o == null ? null : new SlipPayout(o);
  }

  public Integer getSimulations() {
    return json.getInteger("simulations");
  }

  public Long getSeed() {
    return json.getLong("seed");
  }

  public List<PricedLeg> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(o -> new PricedLeg((JsonObject) o)).toList();
  }

  /** The legs' correlation matrix (rows of numbers). */
  public JsonArray getCorrelation() {
    return json.getJsonArray("correlation");
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
