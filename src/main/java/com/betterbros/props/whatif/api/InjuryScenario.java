package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An injury scenario: {@code players_out} (history player ids) and {@code limited}
 * ([{player_id, minutes}]), on a {@code date} (YYYY-MM-DD) or in {@code game_ids} (default: each
 * team's next scheduled game), for the props of one {@code platform} (default: all), and the
 * {@code slip} {size, payout: {platform, mode}} whose best pick of the affected board is compared.
 */
@DataObject
public final class InjuryScenario implements JsonView {

  private final JsonObject json;

  public InjuryScenario() {
    this(new JsonObject());
  }

  public InjuryScenario(JsonObject json) {
    this.json = json;
  }

  public InjuryScenario setPlayersOut(JsonArray ids) {
    json.put("players_out", ids);
    return this;
  }

  public InjuryScenario setLimited(JsonArray limited) {
    json.put("limited", limited);
    return this;
  }

  public InjuryScenario setDate(String date) {
    json.put("date", date);
    return this;
  }

  public InjuryScenario setGameIds(JsonArray gameIds) {
    json.put("game_ids", gameIds);
    return this;
  }

  public InjuryScenario setPlatform(String platform) {
    json.put("platform", platform);
    return this;
  }

  public InjuryScenario setSlip(JsonObject slip) {
    json.put("slip", slip);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
