package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A team's context as of a date (schema {@code TeamContext}): the reply of {@code team}. Record,
 * pace and ratings from its final games before {@code as_of}, recent form, and the injury spells
 * covering {@code as_of}. {@code as_of} is null when the team has no final game and no date was
 * given; pace and ratings are null when it has no final game.
 */
@DataObject
public class TeamContext implements JsonView {

  protected final JsonObject json;

  public TeamContext(JsonObject json) {
    this.json = json;
  }

  /** Team id. */
  public String getTeam() {
    return json.getString("team");
  }

  /** YYYY-MM-DD, or null. */
  public String getAsOf() {
    return json.getString("as_of");
  }

  public int getGames() {
    return json.getInteger("games");
  }

  public int getWins() {
    return json.getInteger("wins");
  }

  public int getLosses() {
    return json.getInteger("losses");
  }

  public Double getPace() {
    return json.getDouble("pace");
  }

  public Double getOffensiveRating() {
    return json.getDouble("offensive_rating");
  }

  public Double getDefensiveRating() {
    return json.getDouble("defensive_rating");
  }

  public Double getNetRating() {
    return json.getDouble("net_rating");
  }

  public RecentForm getRecentForm() {
    JsonObject o = json.getJsonObject("recent_form");
    return o == null ? null : new RecentForm(o);
  }

  /** Spells covering as_of. */
  public List<InjuryView> getInjuries() {
    JsonArray a = json.getJsonArray("injuries");
    return a == null ? null : a.stream().map(o -> new InjuryView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
