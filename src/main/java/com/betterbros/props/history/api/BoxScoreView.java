package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One player's box score in one game with every column (schema {@code BoxScore}): a column the
 * source did not give is null, never 0; {@code game_id}, {@code team}, {@code opponent},
 * {@code home} and {@code rest_days} may be null.
 */
@DataObject
public final class BoxScoreView implements JsonView {

  private final JsonObject json;

  public BoxScoreView(JsonObject json) {
    this.json = json;
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getOpponent() {
    return json.getString("opponent");
  }

  public String getDate() {
    return json.getString("date");
  }

  public Boolean getHome() {
    return json.getBoolean("home");
  }

  public Integer getRestDays() {
    return json.getInteger("rest_days");
  }

  public Double getMinutes() {
    return json.getDouble("minutes");
  }

  public Integer getPoints() {
    return json.getInteger("points");
  }

  public Integer getRebounds() {
    return json.getInteger("rebounds");
  }

  public Integer getAssists() {
    return json.getInteger("assists");
  }

  public Integer getSteals() {
    return json.getInteger("steals");
  }

  public Integer getBlocks() {
    return json.getInteger("blocks");
  }

  public Integer getTurnovers() {
    return json.getInteger("turnovers");
  }

  /** Field goals made. */
  public Integer getFgm() {
    return json.getInteger("fgm");
  }

  /** Field goals attempted. */
  public Integer getFga() {
    return json.getInteger("fga");
  }

  /** Three-pointers made. */
  public Integer getThrees() {
    return json.getInteger("threes");
  }

  /** Three-pointers attempted. */
  public Integer getFg3a() {
    return json.getInteger("fg3a");
  }

  /** Free throws made. */
  public Integer getFtm() {
    return json.getInteger("ftm");
  }

  /** Free throws attempted. */
  public Integer getFta() {
    return json.getInteger("fta");
  }

  public Integer getOreb() {
    return json.getInteger("oreb");
  }

  public Integer getDreb() {
    return json.getInteger("dreb");
  }

  /** Personal fouls. */
  public Integer getPf() {
    return json.getInteger("pf");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
