package com.betterbros.props.eval.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A finished backtest (schema {@code Backtest}): the strategy's figures at the top level, the baseline's
 * (the over of every leg at flat stakes of one unit) in {@code baseline}, the normalised request, the
 * models used, and what could not be bet.
 */
@DataObject
public class BacktestView extends BookFigures {

  public BacktestView(JsonObject json) {
    super(json);
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  public String getJobId() {
    return json.getString("job_id");
  }

  public String getCreatedAt() {
    return json.getString("created_at");
  }

  /** The request with every default filled in, and the model_version it started from. */
  public JsonObject getRequest() {
    return json.getJsonObject("request");
  }

  public BookFigures getBaseline() {
    JsonObject o = json.getJsonObject("baseline");
    return o == null ? null : new BookFigures(o);
  }

  public List<ModelUseView> getModels() {
    JsonArray a = json.getJsonArray("models");
    return a == null ? null : a.stream().map(o -> new ModelUseView((JsonObject) o)).toList();
  }

  public int getDays() {
    return json.getInteger("days");
  }

  public int getPricedLegs() {
    return json.getInteger("priced_legs");
  }

  /** Props of the range that could not be settled (game not final, or the stat not in its box score). */
  public int getPendingProps() {
    return json.getInteger("pending_props");
  }

  /** Days settled under each payout version. */
  public java.util.Map<String, Integer> getPayoutVersions() {
    JsonObject o = json.getJsonObject("payout_versions");
    if (o == null) {
      return null;
    }
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).intValue());
    }
    return out;
  }

  /** Days before the first known payout version, settled with it. */
  public int getAssumedPayoutDays() {
    return json.getInteger("assumed_payout_days");
  }

  /** Slip boards whose exact search passed its budget and used the greedy search. */
  public int getSearchFallbacks() {
    return json.getInteger("search_fallbacks");
  }

  public long getElapsedMs() {
    return json.getLong("elapsed_ms");
  }
}
