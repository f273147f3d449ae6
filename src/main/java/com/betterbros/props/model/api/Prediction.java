package com.betterbros.props.model.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One leg's prediction (schema {@code Prediction}). Probabilities, odds, breakevens, edge and
 * confidence are rounded to 4 decimals. {@code projected_mean} and {@code interval_80} are null for
 * the classifiers; every breakeven and the edge are null, and {@code slip} absent, when the platform
 * has no slip of that size; a side's breakeven is null when the side is not offered or its
 * multiplier is not published. {@code payout_note}, {@code notes} and {@code explain} are absent
 * unless they apply (the getters then answer null).
 */
@DataObject
public class Prediction extends PredictionItem {

  public Prediction(JsonObject json) {
    super(json);
  }

  /** The leg's own platform: prizepicks or underdog. */
  public String getPlatform() {
    return json.getString("platform");
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  /** The player's team in this game (the prop's, or the explicit leg's). */
  public String getTeam() {
    return json.getString("team");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public double getLine() {
    return json.getDouble("line");
  }

  /** The line's odds type (standard for an explicit leg). */
  public String getOddsType() {
    return json.getString("odds_type");
  }

  /** The sides on offer: both, over or under. */
  public String getSides() {
    return json.getString("sides");
  }

  /** Each side's payout multiplier; null for a side not on offer or whose multiplier the feed does not publish. */
  public OverUnder getMultipliers() {
    JsonObject o = json.getJsonObject("multipliers");
    return o == null ? null : new OverUnder(o);
  }

  /** Calibrated P(stat > line). */
  public double getPOver() {
    return json.getDouble("p_over");
  }

  /** 1 - p_over. */
  public double getPUnder() {
    return json.getDouble("p_under");
  }

  /** The expected stat value (xgb_nb_regression); null for the classifiers. */
  public Double getProjectedMean() {
    return json.getDouble("projected_mean");
  }

  /** [lo, hi], the 10% and 90% quantiles (not rounded); null for the classifiers. */
  public List<Double> getInterval80() {
    JsonArray a = json.getJsonArray("interval_80");
    return a == null ? null : a.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  /** Fair decimal odds 1 / p of each side. */
  public OverUnder getFairOdds() {
    JsonObject o = json.getJsonObject("fair_odds");
    return o == null ? null : new OverUnder(o);
  }

  /** over or under: the offered side, else the side with the larger edge (or probability). */
  public String getSide() {
    return json.getString("side");
  }

  /** |p_over - 0.5| * 2, scaled down under 10 games of history. */
  public double getConfidence() {
    return json.getDouble("confidence");
  }

  /** The id of the model that answered. */
  public String getModelVersion() {
    return json.getString("model_version");
  }

  /** The slip the breakevens are computed for; absent when the platform has no slip of that size. */
  public BreakevenSlip getSlip() {
    JsonObject o = json.getJsonObject("slip");
    return o == null ? null : new BreakevenSlip(o);
  }

  /** side's entry of breakevens. */
  public Double getBreakeven() {
    return json.getDouble("breakeven");
  }

  /** Each side's per-leg break-even probability (null for a side not on offer or whose multiplier is not published). */
  public OverUnder getBreakevens() {
    JsonObject o = json.getJsonObject("breakevens");
    return o == null ? null : new OverUnder(o);
  }

  /** p(side) - breakeven; null when breakeven is. */
  public Double getEdge() {
    return json.getDouble("edge");
  }

  /** Present when side is offered but has no breakeven because the feed does not publish its payout. */
  public String getPayoutNote() {
    return json.getString("payout_note");
  }

  /** Present when the served p_over differs from the model's, or a classifier priced a line far from the player's mean. */
  public List<String> getNotes() {
    JsonArray a = json.getJsonArray("notes");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  /** Only with explain: true; up to 5 contributions, largest |value| first. */
  public List<ContributionView> getExplain() {
    JsonArray a = json.getJsonArray("explain");
    return a == null ? null : a.stream().map(o -> new ContributionView((JsonObject) o)).toList();
  }
}
