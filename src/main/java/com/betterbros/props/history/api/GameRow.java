package com.betterbros.props.history.api;

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
public final class GameRow extends StatColumns {

  public GameRow(JsonObject json) {
    super(json);
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
}
