package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The payout version in force today, UTC (schema {@code Payouts}): each platform's tables by mode and
 * number of legs ({@code platforms}: {platform: {mode: {legs: {multipliers: {hits: M}, breakeven}}}},
 * free-form JSON; breakeven null where no finite one exists) and every version the service knows.
 */
@DataObject
public final class Payouts implements JsonView {

  private final JsonObject json;

  public Payouts(JsonObject json) {
    this.json = json;
  }

  public String getVersion() {
    return json.getString("version");
  }

  public String getSource() {
    return json.getString("source");
  }

  public String getEffectiveDate() {
    return json.getString("effective_date");
  }

  /** {platform: {mode: {legs: {multipliers: {hits: M}, breakeven}}}}. */
  public JsonObject getPlatforms() {
    return json.getJsonObject("platforms");
  }

  public List<PayoutVersionView> getVersions() {
    JsonArray a = json.getJsonArray("versions");
    return a == null ? null : a.stream().map(o -> new PayoutVersionView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
