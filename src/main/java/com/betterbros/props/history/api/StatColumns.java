package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.core.json.JsonObject;

/**
 * The stat columns a box-score row or an average carries, one typed getter each (null when the
 * column is unknown or was not asked for); {@link GameRow} and {@link StatAverages} add their own.
 */
public abstract class StatColumns implements JsonView {

  protected final JsonObject json;

  protected StatColumns(JsonObject json) {
    this.json = json;
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
