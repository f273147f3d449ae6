package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A lineup scenario for one {@code team}: {@code minutes} {player_id: minutes} (0 = out),
 * {@code starters} (player ids), on a {@code date} or {@code game_id} (default: the team's next
 * scheduled game), for one {@code platform}'s props (default all) and a {@code slip} as for injuries.
 */
@DataObject
public final class LineupScenario implements JsonView {

  private final JsonObject json;

  public LineupScenario() {
    this(new JsonObject());
  }

  public LineupScenario(JsonObject json) {
    this.json = json;
  }

  public LineupScenario setTeam(String team) {
    json.put("team", team);
    return this;
  }

  public LineupScenario setMinutes(JsonObject minutes) {
    json.put("minutes", minutes);
    return this;
  }

  public LineupScenario setStarters(JsonArray starters) {
    json.put("starters", starters);
    return this;
  }

  public LineupScenario setDate(String date) {
    json.put("date", date);
    return this;
  }

  public LineupScenario setGameId(String gameId) {
    json.put("game_id", gameId);
    return this;
  }

  public LineupScenario setPlatform(String platform) {
    json.put("platform", platform);
    return this;
  }

  public LineupScenario setSlip(JsonObject slip) {
    json.put("slip", slip);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
