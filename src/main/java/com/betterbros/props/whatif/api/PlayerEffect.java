package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One named player of a scenario: his {@code role} (out, limited, minutes), team and game, the
 * minutes he was projected and is given, the team's games with and without him in the window,
 * and {@code status}: applied, no_games_missed (no deltas: the answer says so rather than inventing
 * any), already_out (the injury report already has him out: the stored features reflect it), or
 * no_game (his team has no game in the scenario); {@code message} in words.
 */
@DataObject
public final class PlayerEffect implements JsonView {

  private final JsonObject json;

  public PlayerEffect(JsonObject json) {
    this.json = json;
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public String getRole() {
    return json.getString("role");
  }

  public Double getProjectedMinutes() {
    return json.getDouble("projected_minutes");
  }

  public Double getMinutes() {
    return json.getDouble("minutes");
  }

  public Integer getGamesWith() {
    return json.getInteger("games_with");
  }

  public Integer getGamesWithout() {
    return json.getInteger("games_without");
  }

  public String getStatus() {
    return json.getString("status");
  }

  public String getMessage() {
    return json.getString("message");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
