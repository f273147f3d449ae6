package com.betterbros.props.history.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Per-game means of stat columns over a set of games (schema {@code StatAverages}): {@code games}
 * is the number of games; each requested stat column is its mean over the games where it is known,
 * rounded to 0.01, and null when it is known in none. Only the columns asked for are present (a
 * getter of another column answers null); {@link #getAverage} reads any column by name.
 */
@DataObject
public final class StatAverages extends StatColumns {

  public StatAverages(JsonObject json) {
    super(json);
  }

  /** The mean of a stat column by its name ("points", "pts_rebs_asts"...); null when unknown or absent. */
  public Double getAverage(String column) {
    return json.getDouble(column);
  }

  /** The number of games averaged over. */
  public int getGames() {
    return json.getInteger("games");
  }
}
