package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Constraints a board's slips must satisfy.
 */
@DataObject
public final class SlipRules implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipRules() {
    this(new JsonObject());
  }

  public SlipRules(JsonObject json) {
    this.json = json;
  }

  public SlipRules setMinTeams(Integer minTeams) {
    json.put("min_teams", minTeams);
    return this;
  }

  public SlipRules setDistinctPlayers(Boolean distinctPlayers) {
    json.put("distinct_players", distinctPlayers);
    return this;
  }

  public SlipRules setMaxPerGame(Integer maxPerGame) {
    json.put("max_per_game", maxPerGame);
    return this;
  }

  public SlipRules setMaxPerTeam(Integer maxPerTeam) {
    json.put("max_per_team", maxPerTeam);
    return this;
  }

  public SlipRules setMinLegEdge(Double minLegEdge) {
    json.put("min_leg_edge", minLegEdge);
    return this;
  }

  public SlipRules setMaxExposure(Integer maxExposure) {
    json.put("max_exposure", maxExposure);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
