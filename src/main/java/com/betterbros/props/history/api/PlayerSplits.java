package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A player's averages split by home/away, last N games, days of rest and opponent (schema
 * {@code PlayerSplits}): the reply of {@code playerSplits}. {@code before} is null when the query
 * gave none.
 */
@DataObject
public final class PlayerSplits implements JsonView {

  private final JsonObject json;

  public PlayerSplits(JsonObject json) {
    this.json = json;
  }

  public PlayerView getPlayer() {
    JsonObject o = json.getJsonObject("player");
    return o == null ? null : new PlayerView(o);
  }

  /** YYYY-MM-DD (exclusive), or null. */
  public String getBefore() {
    return json.getString("before");
  }

  public SplitTable getSplits() {
    JsonObject o = json.getJsonObject("splits");
    return o == null ? null : new SplitTable(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
