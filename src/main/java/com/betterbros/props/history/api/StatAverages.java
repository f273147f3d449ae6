package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Per-game means of stat columns over a set of games (schema {@code StatAverages}): {@code games}
 * is the number of games; each requested stat column is its mean over the games where it is known,
 * rounded to 0.01, and null when it is known in none. Only the columns asked for are present (a
 * getter of another column answers null); {@link #getAverage} reads any column by name.
 */
@DataObject
public final class StatAverages implements JsonView {

  private final JsonObject json;

  public StatAverages(JsonObject json) {
    this.json = json;
  }

  /** The mean of a stat column by its name ("points", "pts_rebs_asts"...); null when unknown or absent. */
  public Double getAverage(String column) {
    return json.getDouble(column);
  }

  /** The number of games averaged over. */
  public int getGames() {
    return json.getInteger("games");
  }

  public Double getMinutes() {
    return json.getDouble("minutes");
  }

  public Double getPoints() {
    return json.getDouble("points");
  }

  public Double getRebounds() {
    return json.getDouble("rebounds");
  }

  public Double getAssists() {
    return json.getDouble("assists");
  }

  public Double getThrees() {
    return json.getDouble("threes");
  }

  public Double getSteals() {
    return json.getDouble("steals");
  }

  public Double getBlocks() {
    return json.getDouble("blocks");
  }

  public Double getTurnovers() {
    return json.getDouble("turnovers");
  }

  public Double getPtsRebsAsts() {
    return json.getDouble("pts_rebs_asts");
  }

  public Double getPtsRebs() {
    return json.getDouble("pts_rebs");
  }

  public Double getPtsAsts() {
    return json.getDouble("pts_asts");
  }

  public Double getRebsAsts() {
    return json.getDouble("rebs_asts");
  }

  public Double getBlksStls() {
    return json.getDouble("blks_stls");
  }

  public Double getThreesAttempted() {
    return json.getDouble("threes_attempted");
  }

  public Double getFgAttempted() {
    return json.getDouble("fg_attempted");
  }

  public Double getFreeThrowsMade() {
    return json.getDouble("free_throws_made");
  }

  public Double getOffensiveRebounds() {
    return json.getDouble("offensive_rebounds");
  }

  public Double getDefensiveRebounds() {
    return json.getDouble("defensive_rebounds");
  }

  public Double getFantasyScore() {
    return json.getDouble("fantasy_score");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
