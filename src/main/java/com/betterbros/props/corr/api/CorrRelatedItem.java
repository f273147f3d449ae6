package com.betterbros.props.corr.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One prop of a {@link CorrRelated} reply (schema {@code CorrRelatedItem}): the prop and its estimate
 * with the target prop, both legs over.
 */
@DataObject
public class CorrRelatedItem extends CorrEstimate {

  public CorrRelatedItem(JsonObject json) {
    super(json);
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getPlayerName() {
    return json.getString("player_name");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public double getLine() {
    return json.getDouble("line");
  }
}
