package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One book's figures (schema {@code BookFigures}), all recomputable from its bets: counts (a bet is won
 * when it returned more than its stake, lost when less, refunded when exactly it), stakes, returns,
 * profit, ROI with its day-bootstrap 95% interval, the bets' and the legs' hit rates beside the legs'
 * mean breakeven, the bankroll curve, the largest drawdown, the longest losing run and the Sharpe ratio
 * per day.
 */
@DataObject
public class BookFigures implements JsonView {

  protected final JsonObject json;

  public BookFigures(JsonObject json) {
    this.json = json;
  }

  public int getBets() {
    return json.getInteger("bets");
  }

  public int getWon() {
    return json.getInteger("won");
  }

  public int getLost() {
    return json.getInteger("lost");
  }

  public int getRefunded() {
    return json.getInteger("refunded");
  }

  public double getStaked() {
    return json.getDouble("staked");
  }

  public double getReturned() {
    return json.getDouble("returned");
  }

  public double getProfit() {
    return json.getDouble("profit");
  }

  /** profit / staked; null without a stake. */
  public Double getRoi() {
    return json.getDouble("roi");
  }

  /** [low, high], the 95% percentile bootstrap over days (2,000 resamples, the backtest's seed); null with fewer than 2 days of bets. */
  public List<Double> getRoiCi() {
    JsonArray a = json.getJsonArray("roi_ci");
    return a == null ? null : a.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  /** won / (won + lost). */
  public Double getHitRate() {
    return json.getDouble("hit_rate");
  }

  public int getLegsSettled() {
    return json.getInteger("legs_settled");
  }

  /** Legs won / legs settled (pushes and voids left out). */
  public Double getLegHitRate() {
    return json.getDouble("leg_hit_rate");
  }

  /** The settled legs' mean breakeven: what leg_hit_rate must beat. */
  public Double getBreakeven() {
    return json.getDouble("breakeven");
  }

  /** Peak to trough of the bankroll curve as a share of the peak. */
  public double getMaxDrawdown() {
    return json.getDouble("max_drawdown");
  }

  public double getMaxDrawdownUnits() {
    return json.getDouble("max_drawdown_units");
  }

  public int getLongestLosingRun() {
    return json.getInteger("longest_losing_run");
  }

  /** Mean over sd of the daily return (profit / the day's starting bankroll), days with a bet; not annualised. */
  public Double getSharpe() {
    return json.getDouble("sharpe");
  }

  public double getFinalBankroll() {
    return json.getDouble("final_bankroll");
  }

  public List<CurvePointView> getBankrollCurve() {
    JsonArray a = json.getJsonArray("bankroll_curve");
    return a == null ? null : a.stream().map(o -> new CurvePointView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
