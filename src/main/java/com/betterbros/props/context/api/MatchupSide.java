package com.betterbros.props.context.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One team's side of a game matchup (schema {@code MatchupSide}): its {@code TeamContext} as of the
 * game's date, with its rest before the game.
 */
@DataObject
public class MatchupSide extends TeamContext {

  public MatchupSide(JsonObject json) {
    super(json);
  }

  /** Full days off before the game (0 = back-to-back). */
  public Integer getRestDays() {
    return json.getInteger("rest_days");
  }

  public boolean getBackToBack() {
    return json.getBoolean("back_to_back", false);
  }
}
