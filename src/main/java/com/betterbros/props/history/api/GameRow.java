package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One box score reduced to its identifying fields plus the chosen stat columns (schema
 * {@code GameRow}), in {@code PlayerGames.items} and {@code Matchups.games}. {@code game_id},
 * {@code team}, {@code opponent}, {@code home} and {@code rest_days} may be null; a stat column is
 * null when unknown, and absent when not asked for (its getter then answers null too);
 * {@link #getStat} reads any column by name. Whole values travel as integers.
 */
@DataObject
public final class GameRow implements JsonView {

  private final JsonObject json;

  public GameRow(JsonObject json) {
    this.json = json;
  }

  /** A stat column by its name ("points", "pts_rebs_asts"...); null when unknown or absent. */
  public Double getStat(String column) {
    return json.getDouble(column);
  }

  /** Null for a game-log row without MATCHUP. */
  public String getGameId() {
    return json.getString("game_id");
  }

  /** YYYY-MM-DD. */
  public String getDate() {
    return json.getString("date");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getOpponent() {
    return json.getString("opponent");
  }

  /** Null when the venue is not known. */
  public Boolean getHome() {
    return json.getBoolean("home");
  }

  public Integer getRestDays() {
    return json.getInteger("rest_days");
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
